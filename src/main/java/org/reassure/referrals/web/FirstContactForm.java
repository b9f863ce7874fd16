package org.reassure.referrals.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/** The day the organisation made first contact: blank for today, else year-month-day. */
record FirstContactForm(String contactDate) {

    static FirstContactForm empty() {
        return new FirstContactForm(null);
    }

    /** Noon on the day given (UK time), or null for now; a date that cannot be read is refused beside the field. */
    Instant at() {
        String date = contactDate == null ? "" : contactDate.strip();
        if (date.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(date)
                    .atTime(LocalTime.NOON)
                    .atZone(Formats.UK)
                    .toInstant();
        } catch (DateTimeException notADate) {
            throw new InvalidInput("contactDate", "referrals.contact.dateFormat");
        }
    }
}
