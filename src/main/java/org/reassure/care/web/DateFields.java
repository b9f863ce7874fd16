package org.reassure.care.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.reassure.platform.FormErrors;

/** A GOV.UK date input's three fields ({@code name-day}, {@code name-month}, {@code name-year}) as typed. */
record DateFields(String day, String month, String year) {

    static DateFields empty() {
        return new DateFields(null, null, null);
    }

    static DateFields of(LocalDate date) {
        return new DateFields(
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** The date typed, or null when none or a wrong one was: {@code errors} then says why under {@code name}. */
    LocalDate read(String name, boolean required, FormErrors errors) {
        String d = strip(day);
        String m = strip(month);
        String y = strip(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) {
                errors.add(name, "care.problem.dateMissing");
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(name, "care.problem.dateInvalid");
            return null;
        }
    }

    /** One of the three fields by its suffix ({@code day}, {@code month}, {@code year}), as the page reads it. */
    String part(String suffix) {
        return switch (suffix) {
            case "day" -> day;
            case "month" -> month;
            case "year" -> year;
            default -> null;
        };
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
