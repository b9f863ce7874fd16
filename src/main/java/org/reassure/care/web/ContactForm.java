package org.reassure.care.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.web.bind.annotation.BindParam;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.ContactOutcome;
import org.reassure.care.TaskKind;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;

/**
 * The page that records a contact with the victim: what it was for, how, whether it was made, when (a date and an
 * optional time on the 24-hour clock; none for now), a note, and the reason for using a channel the victim refused.
 */
record ContactForm(
        String kind,
        String channel,
        String outcome,
        @BindParam("at-day") String atDay,
        @BindParam("at-month") String atMonth,
        @BindParam("at-year") String atYear,
        String time,
        String note,
        String refusedChannelReason,
        String outsideSafeTimesReason)
        implements PostedForm {

    static ContactForm empty() {
        return new ContactForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** The contact as the officer gave it; a date or time that cannot be read is in {@code errors}. */
    Contact.New toContact(FormErrors errors) {
        LocalDate day = new DateFields(atDay, atMonth, atYear).read("at", false, errors);
        Instant at = null;
        if (day != null) {
            try {
                String typed = time == null ? "" : time.trim();
                at = day.atTime(
                                typed.isEmpty()
                                        ? LocalTime.NOON
                                        : LocalTime.parse(typed.length() == 4 ? "0" + typed : typed))
                        .atZone(Formats.UK)
                        .toInstant();
            } catch (DateTimeException notATime) {
                errors.add("time", "care.problem.timeInvalid");
            }
        }
        return new Contact.New(
                Options.option(TaskKind.class, kind),
                Options.option(ContactChannel.class, channel),
                Options.option(ContactOutcome.class, outcome),
                at,
                note);
    }
}
