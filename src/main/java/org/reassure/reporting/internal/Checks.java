package org.reassure.reporting.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;

/**
 * The checks on each answer, shared by the online journey (field names of the page) and the API (field names like
 * {@code reporter.email}). Each returns the cleaned value, or records a GOV.UK error message (a message key, put
 * into words where it is shown) and returns null.
 */
public final class Checks {

    public static final int DESCRIPTION_MAX = 20_000;
    public static final int LONG_TEXT_MAX = 5_000;
    public static final int LINE_MAX = 200;

    private final FormErrors errors = new FormErrors();

    public FormErrors errors() {
        return errors;
    }

    /** Records the error of a field; the first one a field gets is the one shown. */
    public void fail(String field, String key, Object... args) {
        errors.add(field, key, args);
    }

    public String required(String field, String value, int max, String missingKey) {
        String clean = Text.multiline(value);
        if (clean == null) {
            fail(field, missingKey);
            return null;
        }
        return lengthAtMost(field, clean, max);
    }

    public String optional(String field, String value, int max) {
        String clean = Text.multiline(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    public String optionalLine(String field, String value, int max) {
        String clean = Text.line(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    private String lengthAtMost(String field, String clean, int max) {
        if (clean.codePointCount(0, clean.length()) > max) {
            fail(field, "report.error.tooLong", String.format(Locale.UK, "%,d", max));
            return null;
        }
        return clean;
    }

    public String email(String field, String value) {
        return formatted(field, value, clean -> Text.isEmail(clean) ? clean : null, "report.error.email");
    }

    public String phone(String field, String value) {
        return formatted(field, value, clean -> Text.phoneDigits(clean) == null ? null : clean, "report.error.phone");
    }

    public String postcode(String field, String value) {
        return formatted(field, value, Text::postcode, "report.error.postcode");
    }

    public String webAddress(String field, String value) {
        return formatted(field, value, Text::webAddress, "report.error.url");
    }

    /** One line in a set format: empty is fine, a value that does not fit is an error; returns the value as it is kept. */
    private String formatted(String field, String value, UnaryOperator<String> parse, String errorKey) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        String parsed = parse.apply(clean);
        if (parsed == null) {
            fail(field, errorKey);
        }
        return parsed;
    }

    public String language(String field, String value) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > 35) {
            fail(field, "report.error.tooLong", 35);
            return null;
        }
        return clean;
    }

    /**
     * A code from a fixed list; an unknown code is an error naming the choices. A missing required code asks the
     * question of its field: {@code report.error.choose.<field>}.
     */
    public String code(String field, String value, Set<String> allowed, boolean required) {
        String clean = Text.line(value);
        if (clean == null) {
            if (required) {
                fail(field, "report.error.choose." + field.replace('.', '_'));
            }
            return null;
        }
        if (!allowed.contains(clean)) {
            fail(field, "report.error.oneOf", String.join(", ", allowed));
            return null;
        }
        return clean;
    }

    /** When it happened, from the API: a date, a local date and time (UK), or a date and time with offset. */
    When occurredAt(String field, String value, LocalDate today) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        try {
            if (clean.length() == 10) {
                return checkedWhen(field, new When(LocalDate.parse(clean), null), today);
            }
            try {
                return checkedWhen(
                        field, new When(null, OffsetDateTime.parse(clean).toInstant()), today);
            } catch (DateTimeParseException noOffset) {
                return checkedWhen(
                        field,
                        new When(
                                null,
                                LocalDateTime.parse(clean).atZone(Formats.UK).toInstant()),
                        today);
            }
        } catch (DateTimeParseException unreadable) {
            fail(field, "report.error.occurredAt");
            return null;
        }
    }

    public When checkedWhen(String field, When when, LocalDate today) {
        LocalDate day =
                when.date() != null ? when.date() : when.at().atZone(Formats.UK).toLocalDate();
        if (day.isAfter(today)) {
            fail(field, "report.error.future");
            return null;
        }
        if (day.isBefore(today.minusYears(100))) {
            fail(field, "report.error.tooOld");
            return null;
        }
        return when;
    }

    /** How a form or the API names a part ({@code days}, {@code from} or {@code to}) of the window numbered from 1. */
    public interface WindowFields {
        String of(int number, String part);
    }

    /** One window as typed: the days ticked, and its start and end as typed. */
    public record TypedWindow(List<String> days, String from, String to) {

        public boolean blank() {
            return (days == null || days.stream().allMatch(day -> Text.line(day) == null))
                    && Text.line(from) == null
                    && Text.line(to) == null;
        }
    }

    /**
     * Safe contact windows: each names at least one day, and ends after it starts on the same day; two windows sharing
     * a day do not overlap. {@code skipBlank}: a window left wholly empty (a spare row of a form) is no window.
     */
    public List<ContactWishes.Window> safeWindows(
            String listField, List<TypedWindow> typed, WindowFields fields, boolean skipBlank) {
        List<ContactWishes.Window> windows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (typed == null) {
            return windows;
        }
        if (typed.size() > WINDOWS_MAX) {
            fail(listField, "report.error.windowsTooMany", WINDOWS_MAX);
            return windows;
        }
        for (int i = 0; i < typed.size(); i++) {
            TypedWindow window = typed.get(i) == null ? new TypedWindow(null, null, null) : typed.get(i);
            if (skipBlank && window.blank()) {
                continue;
            }
            int number = i + 1;
            Set<DayOfWeek> days = days(fields.of(number, "days"), number, window.days());
            LocalTime from = windowTime(fields.of(number, "from"), window.from(), "report.error.windowFrom", number);
            LocalTime to = windowTime(fields.of(number, "to"), window.to(), "report.error.windowTo", number);
            if (from != null && to != null && !to.isAfter(from)) {
                fail(fields.of(number, "to"), "report.error.windowEndsBeforeStart", number);
                continue;
            }
            if (days == null || from == null || to == null) {
                continue;
            }
            ContactWishes.Window clean = new ContactWishes.Window(days, from, to);
            for (int j = 0; j < windows.size(); j++) {
                if (overlap(windows.get(j), clean)) {
                    fail(fields.of(number, "from"), "report.error.windowOverlaps", number, numbers.get(j));
                    break;
                }
            }
            windows.add(clean);
            numbers.add(number);
        }
        return windows;
    }

    static final int WINDOWS_MAX = 14;

    private static boolean overlap(ContactWishes.Window a, ContactWishes.Window b) {
        return a.days().stream().anyMatch(b.days()::contains)
                && a.from().isBefore(b.to())
                && b.from().isBefore(a.to());
    }

    private Set<DayOfWeek> days(String field, int number, List<String> typed) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : typed == null ? List.<String>of() : typed) {
            String clean = Text.line(day);
            if (clean == null) {
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(clean.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                fail(field, "report.error.windowDay", "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
                return null;
            }
        }
        if (days.isEmpty()) {
            fail(field, "report.error.windowNoDay", number);
            return null;
        }
        return days;
    }

    private LocalTime windowTime(String field, String typed, String key, int number) {
        String clean = Text.line(typed);
        try {
            if (clean != null) {
                return time(clean);
            }
        } catch (RuntimeException notATime) {
            // the same message as a missing time: it says what to enter
        }
        fail(field, key, number);
        return null;
    }

    /** A time of day as people type it: 18:00, 18.00, 1800 is not one, 6pm, 6.30pm, 9am, 9. */
    public static LocalTime time(String typed) {
        String clean = typed.strip().toLowerCase(Locale.UK).replace('.', ':').replace(" ", "");
        boolean pm = clean.endsWith("pm");
        boolean am = clean.endsWith("am");
        if (pm || am) {
            clean = clean.substring(0, clean.length() - 2);
        }
        String[] parts = clean.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if (parts.length > 2 || (am || pm) && (hour < 1 || hour > 12)) {
            throw new IllegalArgumentException("not a time");
        }
        if (pm && hour != 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        return LocalTime.of(hour, minute);
    }

    /** A date, or an exact moment; one of them is set. */
    public record When(LocalDate date, Instant at) {}
}
