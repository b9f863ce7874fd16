package org.reassure.care.web;

import java.util.ArrayList;
import java.util.List;

import org.reassure.care.internal.SafeContactTimes;
import org.reassure.platform.FormErrors;
import org.reassure.reporting.ContactWishes;
import org.reassure.reporting.SafeWindowInput;

/**
 * The page that changes when and how it is safe to contact the victim: up to three windows (days, from, to), the
 * channels allowed, whether a message may be left, the victim's note, whether they agree to be contacted
 * ({@code contactConsent}: YES, or NO when they withdrew it; blank: as before), and why it changed.
 */
record SafeTimesForm(
        List<String> days1,
        String from1,
        String to1,
        List<String> days2,
        String from2,
        String to2,
        List<String> days3,
        String from3,
        String to3,
        List<String> allowedChannels,
        String leaveMessage,
        String note,
        String contactConsent,
        String reason)
        implements PostedForm {

    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "POST", "IN_PERSON", "MESSAGE");

    /** The form filled in with the wishes in force (their windows in the first rows), or empty. */
    static SafeTimesForm of(SafeContactTimes.Wishes current) {
        List<List<String>> days = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        String[] from = new String[3];
        String[] to = new String[3];
        ContactWishes wishes = current == null ? ContactWishes.NONE : current.wishes();
        for (int i = 0; i < Math.min(3, wishes.safeWindows().size()); i++) {
            ContactWishes.Window window = wishes.safeWindows().get(i);
            days.set(i, window.days().stream().map(Enum::name).toList());
            from[i] = window.from().toString();
            to[i] = window.to().toString();
        }
        return new SafeTimesForm(
                days.get(0),
                from[0],
                to[0],
                days.get(1),
                from[1],
                to[1],
                days.get(2),
                from[2],
                to[2],
                wishes.allowedChannels(),
                wishes.leaveMessage() == null ? null : wishes.leaveMessage() ? "YES" : "NO",
                wishes.note(),
                current == null || current.contactConsent() == null ? null : current.contactConsent() ? "YES" : "NO",
                null);
    }

    /** Whether the victim agrees to be contacted, as posted; null when the question was not answered. */
    Boolean consent() {
        return "YES".equals(contactConsent) ? Boolean.TRUE : "NO".equals(contactConsent) ? Boolean.FALSE : null;
    }

    /**
     * The wishes as given; every problem is in {@code errors}, named by the page's fields. {@code consentBefore} is
     * whether the victim agreed to be contacted until now: a change of it needs its reason.
     */
    ContactWishes toWishes(FormErrors errors, Boolean consentBefore) {
        List<ContactWishes.Window> windows = SafeWindowInput.read(
                "days1",
                List.of(
                        new SafeWindowInput.Typed(days1, from1, to1),
                        new SafeWindowInput.Typed(days2, from2, to2),
                        new SafeWindowInput.Typed(days3, from3, to3)),
                (number, part) -> part + number,
                true,
                errors);
        List<String> channels = allowedChannels == null
                ? List.of()
                : allowedChannels.stream().filter(CHANNELS::contains).distinct().toList();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            errors.add("note", "care.problem.safeTimesNoteTooLong");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            boolean consentChanged = consent() != null && !consent().equals(consentBefore);
            errors.add(
                    "reason",
                    consentChanged ? "care.problem.consentReasonMissing" : "care.problem.safeTimesReasonMissing");
        }
        Boolean message = "YES".equals(leaveMessage) ? Boolean.TRUE : "NO".equals(leaveMessage) ? Boolean.FALSE : null;
        return new ContactWishes(windows, channels, message, cleanNote);
    }
}
