package org.reassure.reporting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a person named in a report wishes to be contacted, as they said it: the windows of days and times (UK local
 * time) when contact is safe, the channels allowed, whether a message may be left, and their note in their own words.
 * Empty lists and nulls mean they did not say. Checked when the report was received: no window is empty, runs
 * backwards or overlaps another on the same day.
 *
 * @param allowedChannels {@code PHONE}, {@code EMAIL}, {@code POST}, {@code IN_PERSON} or {@code MESSAGE}
 */
public record ContactWishes(List<Window> safeWindows, List<String> allowedChannels, Boolean leaveMessage, String note) {

    public static final ContactWishes NONE = new ContactWishes(List.of(), List.of(), null, null);

    public ContactWishes {
        safeWindows = safeWindows == null ? List.of() : List.copyOf(safeWindows);
        allowedChannels = allowedChannels == null ? List.of() : List.copyOf(allowedChannels);
    }

    /** On each of {@code days}, from {@code from} until {@code to} on the same day. */
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        public Window {
            days = Collections.unmodifiableSortedSet(new TreeSet<>(days));
        }
    }

    public boolean saidNothing() {
        return safeWindows.isEmpty() && allowedChannels.isEmpty() && leaveMessage == null && note == null;
    }
}
