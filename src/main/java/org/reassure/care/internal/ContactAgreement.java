package org.reassure.care.internal;

import java.time.Instant;

import org.reassure.care.ContactChannel;
import org.reassure.platform.Message;

/** How often and by which channel the victim agreed to be updated (Victims' Code right 6), with who agreed it, when and why. */
public record ContactAgreement(
        long id,
        String caseReference,
        ContactChannel channel,
        int everyDays,
        String reason,
        String agreedBy,
        Instant agreedAt) {

    /** "Email, every 14 days", in the reader's language. */
    public Message describe() {
        return everyDays == 1
                ? Message.of("care.field.agreement.everyDay", channel.label())
                : Message.of("care.field.agreement.everyDays", channel.label(), everyDays);
    }
}
