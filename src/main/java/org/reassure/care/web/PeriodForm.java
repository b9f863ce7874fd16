package org.reassure.care.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.BindParam;

import org.reassure.platform.FormErrors;

/**
 * The period, unit and filter of a figures page (compliance, what victims told us), from the query: two GOV.UK date
 * inputs, {@code from} and {@code to}.
 */
record PeriodForm(
        @BindParam("from-day") String fromDay,
        @BindParam("from-month") String fromMonth,
        @BindParam("from-year") String fromYear,
        @BindParam("to-day") String toDay,
        @BindParam("to-month") String toMonth,
        @BindParam("to-year") String toYear,
        String unit,
        String notSatisfied)
        implements PostedForm {

    /** The period asked for, as a form filled with it, and the errors of what was typed. */
    record Period(LocalDate from, LocalDate to, PeriodForm form, FormErrors errors) {}

    /**
     * The period asked for, or the last {@code days} days up to {@code today} when none or a wrong one is given; the
     * form returned shows the period used, or what was typed when it has errors.
     */
    Period period(LocalDate today, int days) {
        FormErrors errors = new FormErrors();
        LocalDate from = new DateFields(fromDay, fromMonth, fromYear).read("from", false, errors);
        LocalDate to = new DateFields(toDay, toMonth, toYear).read("to", false, errors);
        from = from == null ? today.minusDays(days - 1L) : from;
        to = to == null ? today : to;
        if (!errors.any() && to.isBefore(from)) {
            errors.add("from", "care.problem.periodBackwards");
        }
        if (errors.any()) {
            return new Period(today.minusDays(days - 1L), today, this, errors);
        }
        DateFields shownFrom = DateFields.of(from);
        DateFields shownTo = DateFields.of(to);
        PeriodForm shown = new PeriodForm(
                shownFrom.day(),
                shownFrom.month(),
                shownFrom.year(),
                shownTo.day(),
                shownTo.month(),
                shownTo.year(),
                unit,
                notSatisfied);
        return new Period(from, to, shown, errors);
    }

    boolean onlyNotSatisfied() {
        return "yes".equals(notSatisfied);
    }
}
