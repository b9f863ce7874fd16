package org.reassure.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays in {@code bank_holiday}.
 * The Victims' Code counts its working-day limits this way (Code of Practice for Victims of Crime, glossary).
 */
@Service
public class WorkingDays {

    /** The last moment of a working day, in UK time: a limit "within N working days" runs to the end of the day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record BankHoliday(LocalDate day, String name) {}

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !isBankHoliday(day);
    }

    /** The working day that is {@code days} working days after {@code from} (the day itself does not count). */
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        List<LocalDate> holidays = jdbc.sql("SELECT day FROM bank_holiday WHERE day > ? AND day <= ? ORDER BY day")
                .params(from, from.plusDays(days * 2L + 30))
                .query(LocalDate.class)
                .list();
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!isWeekend(day) && !holidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The end of the working day {@code days} working days after the UK date of {@code start}. */
    @Transactional(readOnly = true)
    public Instant endOfWorkingDayAfter(Instant start, int days) {
        LocalDate due = plusWorkingDays(start.atZone(Formats.UK).toLocalDate(), days);
        return due.atTime(END_OF_DAY).atZone(Formats.UK).toInstant();
    }

    @Transactional(readOnly = true)
    public List<BankHoliday> between(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT day, name FROM bank_holiday WHERE day BETWEEN ? AND ? ORDER BY day")
                .params(from, to)
                .query((rs, n) -> new BankHoliday(rs.getObject("day", LocalDate.class), rs.getString("name")))
                .list();
    }

    /** Adds a one-off bank holiday (a jubilee, a state funeral) proclaimed after the calendar was loaded. */
    @Transactional
    public void addBankHoliday(LocalDate day, String name, String addedBy) {
        if (day == null) {
            throw new InvalidInput("day", "care.problem.bankHolidayDay");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInput("name", "care.problem.bankHolidayName");
        }
        if (isWeekend(day)) {
            throw new InvalidInput(
                    "day", "care.problem.bankHolidayWeekend", day.toString(), Message.of(weekendDay(day)));
        }
        int added = jdbc.sql(
                        "INSERT INTO bank_holiday (day, name, added_by) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING")
                .params(day, name.strip(), addedBy)
                .update();
        if (added == 0) {
            throw new InvalidInput("day", "care.problem.bankHolidayTaken", day.toString());
        }
    }

    private boolean isBankHoliday(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM bank_holiday WHERE day = ?")
                        .param(day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The key of "saturday" or "sunday" inside a sentence. */
    private static String weekendDay(LocalDate day) {
        return "care.field.day." + day.getDayOfWeek().name();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
