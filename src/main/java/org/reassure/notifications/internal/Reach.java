package org.reassure.notifications.internal;

import java.util.List;

import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.WithheldReason;

/**
 * How a member of the public can be told: the channel and the details it needs, their language and safe windows; or,
 * with {@code withheld} set, why they cannot be (channel and details then null).
 */
record Reach(
        RecipientKind kind,
        NotificationChannel channel,
        String language,
        String email,
        String phone,
        List<String> addressLines,
        List<String> safeWindows,
        WithheldReason withheld) {

    static Reach withheld(RecipientKind kind, String language, WithheldReason reason) {
        return new Reach(kind, null, language, null, null, List.of(), List.of(), reason);
    }
}
