package org.reassure.insights.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.reassure.casework.Strands;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.insights.internal.Filter;
import org.reassure.insights.internal.Labels;
import org.reassure.insights.internal.StatisticsAccess;
import org.reassure.platform.Choice;
import org.reassure.platform.FormErrors;

/**
 * Reads a statistics page's filter: a unit the person may see (their own or one below it), a strand or all
 * strands, and a period of whole months of at most 10 years. Bad input keeps what was typed, with its errors, and
 * the figures fall back to the page's defaults.
 */
@Component
class FilterValidator {

    static final int MAX_MONTHS = 120;

    private final StatisticsAccess access;
    private final Strands strands;

    FilterValidator(StatisticsAccess access, Strands strands) {
        this.access = access;
        this.strands = strands;
    }

    FilterPage read(StaffPrincipal person, FilterForm form, YearMonth defaultFrom, YearMonth defaultTo) {
        access.require(person);
        FormErrors errors = new FormErrors();
        List<Unit> visible = access.visibleUnits(person);
        Unit unit = unit(person, form.unit(), visible, errors);
        List<Strands.StrandInfo> active = strands.active();
        String strand = form.strand() == null ? "" : form.strand().trim().toUpperCase(Locale.ROOT);
        if (!strand.isEmpty() && active.stream().noneMatch(s -> s.code().equals(strand))) {
            errors.add("strand", "insights.filter.strand.unknown");
        }
        YearMonth from = month(form.fromMonth(), form.fromYear(), true, errors);
        YearMonth to = month(form.toMonth(), form.toYear(), false, errors);
        if (!errors.has("from") && !errors.has("to") && from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("from", "insights.filter.period.backwards");
            } else if (Filter.monthsBetween(from, to) > MAX_MONTHS) {
                errors.add("from", "insights.filter.period.tooLong");
            }
        }
        boolean periodWrong = errors.has("from") || errors.has("to");
        if (periodWrong || from == null || to == null) {
            from = defaultFrom;
            to = defaultTo;
        }
        String chosen = errors.has("strand") || strand.isEmpty() ? null : strand;
        Filter filter = new Filter(unit, chosen, from, to);
        // A unit or strand that cannot be used stays as typed, beside its error.
        FilterForm shown = form.withUnit(errors.has("unit") ? form.unit() : unit.code())
                .withStrand(errors.has("strand") ? form.strand() : chosen == null ? "" : chosen);
        if (!periodWrong) {
            // An empty period shows the default; a wrong one keeps what was typed.
            shown = shown.withPeriod(from, to);
        }
        return new FilterPage(
                filter,
                shown,
                errors,
                visible.stream().map(u -> Choice.data(u.code(), u.name())).toList(),
                active.stream()
                        .map(s -> new Choice(s.code(), Labels.strand(s.code(), s.name()), null))
                        .toList());
    }

    private Unit unit(StaffPrincipal person, String code, List<Unit> visible, FormErrors errors) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return access.home(person);
        }
        return visible.stream().filter(u -> u.code().equals(wanted)).findFirst().orElseGet(() -> {
            errors.add("unit", "insights.filter.unit.notVisible");
            return access.home(person);
        });
    }

    /** A GOV.UK month and year field pair; both empty means the default (null). */
    static YearMonth month(String monthField, String yearField, boolean start, FormErrors errors) {
        String field = start ? "from" : "to";
        String m = monthField == null ? "" : monthField.trim();
        String y = yearField == null ? "" : yearField.trim();
        if (m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (m.isEmpty() || y.isEmpty()) {
            errors.add(field, start ? "insights.filter.from.incomplete" : "insights.filter.to.incomplete");
            return null;
        }
        try {
            int month = Integer.parseInt(m);
            int year = Integer.parseInt(y);
            if (month < 1 || month > 12) {
                errors.add(field, start ? "insights.filter.from.month" : "insights.filter.to.month");
                return null;
            }
            if (year < 1990 || year > 2100) {
                errors.add(field, start ? "insights.filter.from.year" : "insights.filter.to.year");
                return null;
            }
            return YearMonth.of(year, month);
        } catch (NumberFormatException notANumber) {
            errors.add(field, start ? "insights.filter.from.invalid" : "insights.filter.to.invalid");
            return null;
        }
    }
}
