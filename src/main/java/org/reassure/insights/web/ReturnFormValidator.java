package org.reassure.insights.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import org.reassure.identity.CurrentStaff;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Message;

/**
 * Reads the return's unit (as every statistics page does) and financial year: one of the last ten, the current one
 * when none is given or the one given is not on the list.
 */
@Component
class ReturnFormValidator {

    static final int YEARS = 10;

    private final StatisticsPages pages;
    private final StatisticsAccess access;

    ReturnFormValidator(StatisticsPages pages, StatisticsAccess access) {
        this.pages = pages;
        this.access = access;
    }

    /** The return asked for, with the form as shown again and its errors. */
    record ReturnPage(FilterPage filter, int year, ReturnForm form, FormErrors errors) {}

    ReturnPage read(ReturnForm form) {
        access.require(CurrentStaff.require());
        FilterPage filter = pages.read(FilterForm.empty().withUnit(form.unit()));
        FormErrors errors = filter.errors();
        int current = access.currentFinancialYear();
        int year = current;
        String value = form.year() == null ? "" : form.year().trim();
        if (!value.isEmpty()) {
            year = parse(value, current);
            if (year < 0) {
                errors.add("year", "insights.return.year.unknown");
                year = current;
            }
        }
        return new ReturnPage(
                filter, year, new ReturnForm(filter.filter().unit().code(), String.valueOf(year)), errors);
    }

    /** The financial years offered, the current one first. */
    List<Choice> years() {
        int current = access.currentFinancialYear();
        return IntStream.rangeClosed(0, YEARS - 1)
                .mapToObj(i -> current - i)
                .map(y -> Choice.of(String.valueOf(y), period(y)))
                .toList();
    }

    private static Message period(int year) {
        return Message.of("insights.return.period", String.valueOf(year), String.valueOf(year + 1));
    }

    private static int parse(String value, int current) {
        try {
            int year = Integer.parseInt(value);
            return year >= 1990 && year <= current ? year : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
