package org.reassure.care;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import org.reassure.platform.FormErrors;

/** The GOV.UK date input's three fields, read from a form and written back to it. */
final class DateFields {

    private DateFields() {}

    /** A GOV.UK date input: {@code name-day}, {@code name-month}, {@code name-year}. */
    static LocalDate read(Map<String, String> form, String name, boolean required, FormErrors errors) {
        String day = form.getOrDefault(name + "-day", "").trim();
        String month = form.getOrDefault(name + "-month", "").trim();
        String year = form.getOrDefault(name + "-year", "").trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            if (required) {
                errors.add(name, "Enter the date");
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(name, "Enter a real date, like 1 4 2027");
            return null;
        }
    }

    static void fill(Map<String, String> form, String name, LocalDate date) {
        form.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        form.put(name + "-month", String.valueOf(date.getMonthValue()));
        form.put(name + "-year", String.valueOf(date.getYear()));
    }
}
