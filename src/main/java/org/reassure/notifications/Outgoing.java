package org.reassure.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A notification to queue, decided: the message, to whom, by which channel, in which language, and the earliest
 * moment it may go (the start of the recipient's next safe window, or now).
 *
 * @param caseReference  the case it is about, or null (a daily digest, a message to an organisation about several)
 * @param recipientKey   the officer's username or the organisation's code; null for the victim and the reporter
 * @param language       {@code en} or {@code cy}
 * @param personalisation the template's fields ({@link MessageType#fields()}), nothing more
 * @param emailAddress   for EMAIL, where to send it; kept only until the notification reaches a final status
 * @param phoneNumber    for SMS, where to send it; kept only until the notification reaches a final status
 * @param addressLines   for LETTER, the postal address (up to 7 lines, the last a postcode); kept as for the others
 * @param safeWindows    the recipient's safe windows as care encodes them ({@code MONDAY,TUESDAY 18:00-20:00}); a
 *                       retry that falls outside them waits for the next one; empty: no limit
 * @param taskKey        the care task this notification can complete (a decision's trigger key), or null
 * @param dedupeKey      unique per notification that should exist once (for example
 *                       {@code DECISION:VICTIM:<reference>:ARREST@2026-12-01T10:00:00Z}): queuing the same key again
 *                       does nothing
 */
public record Outgoing(
        String caseReference,
        MessageType message,
        RecipientKind recipientKind,
        String recipientKey,
        NotificationChannel channel,
        String language,
        Map<String, String> personalisation,
        Instant notBefore,
        String emailAddress,
        String phoneNumber,
        List<String> addressLines,
        List<String> safeWindows,
        String taskKey,
        String dedupeKey) {

    public Outgoing {
        Objects.requireNonNull(message);
        Objects.requireNonNull(recipientKind);
        Objects.requireNonNull(dedupeKey);
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        safeWindows = safeWindows == null ? List.of() : List.copyOf(safeWindows);
        if (!"en".equals(language) && !"cy".equals(language)) {
            throw new IllegalArgumentException("Notifications are in English (en) or Welsh (cy)");
        }
    }
}
