package org.reassure.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;

import static org.assertj.core.api.Assertions.assertThat;

/** The victim's safe contact windows, read on the UK wall clock. */
class SafeWindowsTest {

    private static final SafeWindows WEEKDAY_EVENINGS = new SafeWindows(List.of(new ContactWishes.Window(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(18, 0),
            LocalTime.of(20, 0))));

    private static Instant uk(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Formats.UK)
                .toInstant();
    }

    @Test
    void a_moment_is_inside_from_the_start_and_outside_at_the_end() {
        // Tuesday 8 December 2026
        assertThat(WEEKDAY_EVENINGS.contains(uk("2026-12-08T17:59"))).isFalse();
        assertThat(WEEKDAY_EVENINGS.contains(uk("2026-12-08T18:00"))).isTrue();
        assertThat(WEEKDAY_EVENINGS.contains(uk("2026-12-08T19:59"))).isTrue();
        assertThat(WEEKDAY_EVENINGS.contains(uk("2026-12-08T20:00"))).isFalse();
        assertThat(WEEKDAY_EVENINGS.contains(uk("2026-12-12T19:00")))
                .as("a Saturday")
                .isFalse();
    }

    @Test
    void no_windows_means_every_moment_is_safe_and_no_first_safe_time() {
        assertThat(SafeWindows.NONE.contains(uk("2026-12-08T03:00"))).isTrue();
        assertThat(SafeWindows.NONE.nextWindowFrom(uk("2026-12-08T03:00"))).isEmpty();
        assertThat(SafeWindows.NONE.firstSafeAt(uk("2026-12-08T03:00"))).isNull();
    }

    @Test
    void the_next_window_is_the_one_running_or_the_next_to_start_across_day_and_week_ends() {
        SafeWindows.Occurrence now =
                WEEKDAY_EVENINGS.nextWindowFrom(uk("2026-12-08T19:00")).orElseThrow();
        assertThat(now.start().toLocalDateTime()).hasToString("2026-12-08T18:00");
        SafeWindows.Occurrence tomorrow =
                WEEKDAY_EVENINGS.nextWindowFrom(uk("2026-12-08T20:00")).orElseThrow();
        assertThat(tomorrow.start().toLocalDateTime()).hasToString("2026-12-09T18:00");
        SafeWindows.Occurrence afterMidnight =
                WEEKDAY_EVENINGS.nextWindowFrom(uk("2026-12-09T00:00")).orElseThrow();
        assertThat(afterMidnight.start().toLocalDateTime()).hasToString("2026-12-09T18:00");
        SafeWindows.Occurrence monday =
                WEEKDAY_EVENINGS.nextWindowFrom(uk("2026-12-11T21:00")).orElseThrow();
        assertThat(monday.start().toLocalDateTime()).hasToString("2026-12-14T18:00");
        assertThat(monday.end().toLocalDateTime()).hasToString("2026-12-14T20:00");
    }

    @Test
    void a_deadline_outside_every_window_gives_the_first_safe_time_and_one_inside_gives_none() {
        assertThat(WEEKDAY_EVENINGS.firstSafeAt(uk("2026-12-08T19:30"))).isNull();
        assertThat(WEEKDAY_EVENINGS.firstSafeAt(uk("2026-12-12T10:00"))).isEqualTo(uk("2026-12-14T18:00"));
    }

    @Test
    void windows_keep_to_the_wall_clock_across_the_change_to_and_from_summer_time() {
        // Sunday 29 March 2026 the clocks go forward at 01:00 GMT; Sunday 25 October they go back at 02:00 BST.
        SafeWindows sundayMornings = new SafeWindows(
                List.of(new ContactWishes.Window(Set.of(DayOfWeek.SUNDAY), LocalTime.of(0, 30), LocalTime.of(3, 0))));
        SafeWindows.Occurrence spring =
                sundayMornings.nextWindowFrom(uk("2026-03-28T12:00")).orElseThrow();
        assertThat(spring.start().toInstant()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(spring.end().toInstant())
                .as("03:00 BST, two hours of clock time later but one and a half of real time")
                .isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
        assertThat(sundayMornings.contains(Instant.parse("2026-03-29T01:30:00Z")))
                .as("02:30 BST")
                .isTrue();
        SafeWindows.Occurrence autumn =
                sundayMornings.nextWindowFrom(uk("2026-10-24T12:00")).orElseThrow();
        assertThat(autumn.start().toInstant()).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
        assertThat(autumn.end().toInstant()).isEqualTo(Instant.parse("2026-10-25T03:00:00Z"));
        assertThat(sundayMornings.contains(Instant.parse("2026-10-25T01:30:00Z")))
                .as("01:30 GMT, the repeated hour")
                .isTrue();
        SafeWindows evenings = new SafeWindows(List.of(new ContactWishes.Window(
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(20, 0))));
        assertThat(evenings.firstSafeAt(Instant.parse("2026-03-29T12:00:00Z")))
                .as("18:00 BST on the first day of summer time")
                .isEqualTo(Instant.parse("2026-03-29T17:00:00Z"));
        assertThat(evenings.contains(Instant.parse("2026-10-25T18:30:00Z")))
                .as("18:30 GMT")
                .isTrue();
    }

    @Test
    void a_window_is_kept_in_one_text_and_read_back() {
        ContactWishes.Window window = WEEKDAY_EVENINGS.windows().get(0);
        String text = SafeWindows.encode(window);
        assertThat(text).isEqualTo("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY 18:00-20:00");
        assertThat(SafeWindows.decode(text)).isEqualTo(window);
    }
}
