package org.reassure.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;

/**
 * The times when it is safe to contact a victim: windows of days and times in UK local time (Europe/London), as the
 * victim gave them. No windows means the victim set no limit: every moment is safe. A window's times are read on the
 * wall clock of its day, so "18:00 to 20:00" stays 18:00 to 20:00 across a change to or from summer time; a start
 * that falls in the hour the clocks skip begins when the clocks resume.
 */
public record SafeWindows(List<ContactWishes.Window> windows) {

    public static final SafeWindows NONE = new SafeWindows(List.of());

    public SafeWindows {
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** One occurrence of a window: from {@code start} until {@code end}, on one day. */
    public record Occurrence(ZonedDateTime start, ZonedDateTime end) {

        public boolean contains(Instant at) {
            return !at.isBefore(start.toInstant()) && at.isBefore(end.toInstant());
        }
    }

    public boolean isEmpty() {
        return windows.isEmpty();
    }

    /** Whether contact at {@code at} is inside a window (always, when there are none). */
    public boolean contains(Instant at) {
        if (windows.isEmpty()) {
            return true;
        }
        LocalDate day = at.atZone(Formats.UK).toLocalDate();
        // The day before too: a moment in the repeated hour of October belongs to whichever day's wall clock it reads.
        return occurrencesOn(day).anyMatch(o -> o.contains(at))
                || occurrencesOn(day.minusDays(1)).anyMatch(o -> o.contains(at));
    }

    /**
     * The window that contains {@code at}, or else the next one to start after it; empty when there are no windows.
     */
    public Optional<Occurrence> nextWindowFrom(Instant at) {
        LocalDate day = at.atZone(Formats.UK).toLocalDate();
        for (int i = -1; i <= 7; i++) {
            Optional<Occurrence> found = occurrencesOn(day.plusDays(i))
                    .filter(o -> o.end().toInstant().isAfter(at))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * When a task due at {@code dueAt} can first be done at a safe time: null when there are no windows or
     * {@code dueAt} is inside one; otherwise the start of the next window.
     */
    public Instant firstSafeAt(Instant dueAt) {
        if (windows.isEmpty() || contains(dueAt)) {
            return null;
        }
        return nextWindowFrom(dueAt).map(o -> o.start().toInstant()).orElse(null);
    }

    private java.util.stream.Stream<Occurrence> occurrencesOn(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return windows.stream()
                .filter(w -> w.days().contains(weekday))
                .map(w -> new Occurrence(local(day, w.from()), local(day, w.to())))
                .sorted(Comparator.comparing(Occurrence::start));
    }

    private static ZonedDateTime local(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(LocalDateTime.of(day, time), Formats.UK);
    }

    /** A window as care keeps it in one text: {@code MONDAY,TUESDAY 18:00-20:00}. */
    public static String encode(ContactWishes.Window window) {
        return window.days().stream().map(DayOfWeek::name).collect(Collectors.joining(",")) + " " + window.from() + "-"
                + window.to();
    }

    public static ContactWishes.Window decode(String text) {
        String[] parts = text.split(" ");
        String[] times = parts[1].split("-");
        return new ContactWishes.Window(
                Arrays.stream(parts[0].split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                LocalTime.parse(times[0]),
                LocalTime.parse(times[1]));
    }

    public static SafeWindows decode(Collection<String> texts) {
        return new SafeWindows(texts.stream().map(SafeWindows::decode).toList());
    }
}
