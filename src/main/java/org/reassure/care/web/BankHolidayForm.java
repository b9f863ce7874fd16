package org.reassure.care.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.BindParam;

import org.reassure.platform.FormErrors;

/** A one-off bank holiday: its day (a GOV.UK date input named {@code day}) and its name. */
record BankHolidayForm(
        @BindParam("day-day") String dayDay,
        @BindParam("day-month") String dayMonth,
        @BindParam("day-year") String dayYear,
        String name)
        implements PostedForm {

    static BankHolidayForm empty() {
        return new BankHolidayForm(null, null, null, null);
    }

    LocalDate day(FormErrors errors) {
        return new DateFields(dayDay, dayMonth, dayYear).read("day", true, errors);
    }
}
