package org.reassure.care.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.Contact;
import org.reassure.care.ContactChannel;
import org.reassure.care.SafeWindows;
import org.reassure.casework.CaseFacts;
import org.reassure.platform.FormErrors;

/**
 * The rules of a contact with the victim (the contact page and the API): every problem at once, in the page's order.
 * A channel the victim refused in their needs assessment is refused unless the officer gives the reason they used it.
 */
@Component
class ContactValidator {

    /** A contact that may be logged: when it happened, and its note and reason without surrounding blanks. */
    record Valid(Instant at, String note, String refusedChannelReason, String outsideSafeTimesReason) {}

    /** The officer's reasons, as typed: for a refused channel, and for a call or visit outside the safe times. */
    record Reasons(String refusedChannel, String outsideSafeTimes) {
        static final Reasons NONE = new Reasons(null, null);
    }

    /** The channels that reach the victim where others may be: a call can be overheard, a visit seen. */
    private static final Set<ContactChannel> TIMED = EnumSet.of(ContactChannel.PHONE, ContactChannel.IN_PERSON);

    private final JdbcClient jdbc;
    private final SafeContactTimes safeTimes;

    ContactValidator(JdbcClient jdbc, SafeContactTimes safeTimes) {
        this.jdbc = jdbc;
        this.safeTimes = safeTimes;
    }

    /** {@code checkRefusal}: an officer's own contact (the demo's and other modules' logs skip it). */
    Valid check(CaseFacts facts, Contact.New contact, Reasons reasons, boolean checkRefusal, Instant now) {
        Instant at = contact.at() == null ? now : contact.at();
        FormErrors errors = new FormErrors();
        if (contact.kind() == null || !contact.kind().isContact()) {
            errors.add("kind", "care.problem.contactKindMissing");
        }
        if (contact.channel() == null) {
            errors.add("channel", "care.problem.contactChannelMissing");
        }
        if (contact.outcome() == null) {
            errors.add("outcome", "care.problem.contactOutcomeMissing");
        }
        if (at.isAfter(now)) {
            errors.add("at", "care.problem.contactInFuture");
        } else if (at.isBefore(facts.receivedAt())) {
            errors.add("at", "care.problem.contactBeforeReport");
        }
        String note = stripped(contact.note());
        if (note != null && note.length() > 2000) {
            errors.add("note", "care.problem.contactNoteTooLong");
        }
        String override = stripped(reasons.refusedChannel());
        if (override != null && override.length() > 500) {
            errors.add("refusedChannelReason", "care.problem.refusedReasonTooLong");
        }
        if (checkRefusal && contact.channel() != null && override == null) {
            jdbc.sql(
                            "SELECT refused_channels FROM care_needs_assessment WHERE case_reference = ? ORDER BY version DESC LIMIT 1")
                    .param(facts.reference())
                    .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                    .optional()
                    .filter(refused -> refused.contains(contact.channel().name()))
                    .ifPresent(refused -> errors.add(
                            "refusedChannelReason",
                            "care.problem.contactChannelRefused",
                            contact.channel().inSentence()));
        }
        String outside = stripped(reasons.outsideSafeTimes());
        if (outside != null && outside.length() > 500) {
            errors.add("outsideSafeTimesReason", "care.problem.outsideSafeTimesReasonTooLong");
        }
        if (checkRefusal && outside == null && TIMED.contains(contact.channel()) && !errors.has("at")) {
            SafeWindows windows = safeTimes.windows(facts.reference());
            if (!windows.contains(at)) {
                errors.add(
                        "outsideSafeTimesReason",
                        "care.problem.contactOutsideSafeTimes",
                        contact.channel().inSentence());
            }
        }
        errors.throwIfAny();
        return new Valid(at, note, override, outside);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
