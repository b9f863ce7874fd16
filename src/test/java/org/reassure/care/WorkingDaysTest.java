package org.reassure.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working-day calendar of England and Wales, against the published bank holidays. */
@ReassureTest
class WorkingDaysTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void an_enhanced_rights_decision_on_christmas_eve_2026_is_due_by_the_end_of_tuesday_29_december() {
        Instant decided =
                ZonedDateTime.of(2026, 12, 24, 15, 0, 0, 0, Formats.UK).toInstant();
        Instant due = workingDays.endOfWorkingDayAfter(decided, 1);
        assertThat(due.atZone(Formats.UK).toLocalDateTime()).isEqualTo("2026-12-29T23:59:59");
    }

    @Test
    void the_calendar_holds_the_published_bank_holidays_of_2026_and_2027_with_substitute_days() {
        assertThat(workingDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).stream()
                        .map(WorkingDays.BankHoliday::day)
                        .map(LocalDate::toString))
                .containsExactly(
                        "2026-01-01",
                        "2026-04-03",
                        "2026-04-06",
                        "2026-05-04",
                        "2026-05-25",
                        "2026-08-31",
                        "2026-12-25",
                        "2026-12-28",
                        "2027-01-01",
                        "2027-03-26",
                        "2027-03-29",
                        "2027-05-03",
                        "2027-05-31",
                        "2027-08-30",
                        "2027-12-27",
                        "2027-12-28");
    }

    @Test
    void easter_follows_the_gregorian_computus_and_one_off_days_are_loaded() {
        assertThat(workingDays.between(LocalDate.of(2028, 4, 1), LocalDate.of(2028, 4, 30)).stream()
                        .map(h -> h.day().toString()))
                .containsExactly("2028-04-14", "2028-04-17");
        assertThat(workingDays.between(LocalDate.of(2038, 4, 20), LocalDate.of(2038, 4, 30)).stream()
                        .map(h -> h.day().toString()))
                .as("Easter 2038 is on 25 April, the latest it can be")
                .containsExactly("2038-04-23", "2038-04-26");
        assertThat(workingDays.between(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 9, 30)).stream()
                        .map(WorkingDays.BankHoliday::name))
                .containsExactly(
                        "Spring bank holiday",
                        "Platinum Jubilee bank holiday",
                        "Summer bank holiday",
                        "Bank holiday for the State Funeral of Queen Elizabeth II");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2023, 5, 8)))
                .as("coronation")
                .isFalse();
        assertThat(workingDays.between(LocalDate.of(2032, 12, 24), LocalDate.of(2033, 1, 3)).stream()
                        .map(h -> h.day().toString()))
                .as("Christmas on a Saturday, New Year on a Saturday")
                .containsExactly("2032-12-27", "2032-12-28", "2033-01-03");
    }

    @Test
    void working_days_skip_weekends_and_bank_holidays() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo("2026-11-30");
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 4, 2), 2))
                .as("over Easter")
                .isEqualTo("2026-04-08");
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEqualTo("2026-11-30");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void an_administrator_adds_a_one_off_bank_holiday_but_not_on_a_weekend_or_twice() {
        workingDays.addBankHoliday(LocalDate.of(2039, 6, 6), "Test one-off bank holiday", "admin");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2039, 6, 6))).isFalse();
        assertThatThrownBy(() -> workingDays.addBankHoliday(LocalDate.of(2039, 6, 6), "Again", "admin"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("already a bank holiday"));
        assertThatThrownBy(() -> workingDays.addBankHoliday(LocalDate.of(2039, 6, 4), "Saturday", "admin"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(Texts.says("weekday"));
    }
}
