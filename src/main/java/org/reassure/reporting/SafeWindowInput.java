package org.reassure.reporting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.reassure.platform.FormErrors;

/**
 * Safe contact windows as people type them, on the report journey, the API and the staff page that changes them:
 * each names at least one day and ends after it starts on the same day, and two windows sharing a day do not
 * overlap. The errors (message keys {@code report.error.window*}) name the window by its number from 1.
 */
public final class SafeWindowInput {

    /** The codes of the days, as the API takes them. */
    private static final String DAY_CODES =
            Arrays.stream(DayOfWeek.values()).map(Enum::name).collect(Collectors.joining(", "));

    private SafeWindowInput() {}

    /** How a form or the API names a part ({@code days}, {@code from} or {@code to}) of the window numbered from 1. */
    public interface Fields {
        String of(int number, String part);
    }

    /** One window as typed: the days ticked, and its start and end as typed. */
    public record Typed(List<String> days, String from, String to) {

        public boolean blank() {
            return (days == null || days.stream().allMatch(day -> line(day) == null))
                    && line(from) == null
                    && line(to) == null;
        }
    }

    /**
     * Safe contact windows: each names at least one day, and ends after it starts on the same day; two windows sharing
     * a day do not overlap. {@code skipBlank}: a window left wholly empty (a spare row of a form) is no window.
     */
    public static List<ContactWishes.Window> read(
            String listField, List<Typed> typed, Fields fields, boolean skipBlank, FormErrors errors) {
        List<ContactWishes.Window> windows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (typed == null) {
            return windows;
        }
        if (typed.size() > WINDOWS_MAX) {
            errors.add(listField, "report.error.windowsTooMany", WINDOWS_MAX);
            return windows;
        }
        for (int i = 0; i < typed.size(); i++) {
            Typed window = typed.get(i) == null ? new Typed(null, null, null) : typed.get(i);
            if (skipBlank && window.blank()) {
                continue;
            }
            int number = i + 1;
            Set<DayOfWeek> days = days(fields.of(number, "days"), number, window.days(), errors);
            LocalTime from =
                    windowTime(fields.of(number, "from"), window.from(), "report.error.windowFrom", number, errors);
            LocalTime to = windowTime(fields.of(number, "to"), window.to(), "report.error.windowTo", number, errors);
            if (from != null && to != null && !to.isAfter(from)) {
                errors.add(fields.of(number, "to"), "report.error.windowEndsBeforeStart", number);
                continue;
            }
            if (days == null || from == null || to == null) {
                continue;
            }
            ContactWishes.Window clean = new ContactWishes.Window(days, from, to);
            for (int j = 0; j < windows.size(); j++) {
                if (overlap(windows.get(j), clean)) {
                    errors.add(fields.of(number, "from"), "report.error.windowOverlaps", number, numbers.get(j));
                    break;
                }
            }
            windows.add(clean);
            numbers.add(number);
        }
        return windows;
    }

    public static final int WINDOWS_MAX = 14;

    private static boolean overlap(ContactWishes.Window a, ContactWishes.Window b) {
        return a.days().stream().anyMatch(b.days()::contains)
                && a.from().isBefore(b.to())
                && b.from().isBefore(a.to());
    }

    private static Set<DayOfWeek> days(String field, int number, List<String> typed, FormErrors errors) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : typed == null ? List.<String>of() : typed) {
            String clean = line(day);
            if (clean == null) {
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(clean.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                errors.add(field, "report.error.windowDay", DAY_CODES);
                return null;
            }
        }
        if (days.isEmpty()) {
            errors.add(field, "report.error.windowNoDay", number);
            return null;
        }
        return days;
    }

    private static LocalTime windowTime(String field, String typed, String key, int number, FormErrors errors) {
        String clean = line(typed);
        try {
            if (clean != null) {
                return time(clean);
            }
        } catch (RuntimeException notATime) {
            // the same message as a missing time: it says what to enter
        }
        errors.add(field, key, number);
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

    private static String line(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
