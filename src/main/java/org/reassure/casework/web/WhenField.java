package org.reassure.casework.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/** A GOV.UK date input (day, month, year) with a time ("14:30"), read as UK time. */
record WhenField(String day, String month, String year, String time) {

    static WhenField now() {
        ZonedDateTime now = ZonedDateTime.now(Formats.UK);
        return new WhenField(
                Integer.toString(now.getDayOfMonth()),
                Integer.toString(now.getMonthValue()),
                Integer.toString(now.getYear()),
                String.format("%02d:%02d", now.getHour(), now.getMinute()));
    }

    Instant toInstant(String field) {
        if (blank(day) && blank(month) && blank(year)) {
            throw new InvalidInput(field, "casework.problem.dateMissing");
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            throw new InvalidInput(field, "casework.problem.dateNotReal");
        }
        LocalTime clock = LocalTime.NOON;
        if (!blank(time)) {
            try {
                clock = LocalTime.parse(time.trim().length() == 4 ? "0" + time.trim() : time.trim());
            } catch (DateTimeException notATime) {
                throw new InvalidInput(field, "casework.problem.timeFormat");
            }
        }
        return date.atTime(clock).atZone(Formats.UK).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
