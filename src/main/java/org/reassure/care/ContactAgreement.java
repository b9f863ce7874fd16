package org.reassure.care;

import java.time.Instant;

/** How often and by which channel the victim agreed to be updated (Victims' Code right 6), with who agreed it, when and why. */
public record ContactAgreement(
        long id,
        String caseReference,
        ContactChannel channel,
        int everyDays,
        String reason,
        String agreedBy,
        Instant agreedAt) {

    public String describe() {
        return channel.label() + ", every " + (everyDays == 1 ? "day" : everyDays + " days");
    }
}
