package org.reassure.insights;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;

/**
 * Who may see which figures, and the filter a page was asked for: a unit the person may see (their own and
 * every unit below it), a strand or all strands, and a period of whole months. Bad input keeps what was typed
 * and falls back to the defaults, with the errors to show.
 */
@Component
class Scope {

    static final int MAX_MONTHS = 120;

    private final Units units;
    private final Strands strands;
    private final Clock clock;

    Scope(Units units, Strands strands, Clock clock) {
        this.units = units;
        this.strands = strands;
        this.clock = clock;
    }

    /** The figures a page shows: the unit (with those below it), the strand (null for all) and the months. */
    record Filter(Unit unit, String strand, YearMonth from, YearMonth to) {

        int months() {
            return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
        }

        public String periodText() {
            return Figures.MONTH.format(from) + " to " + Figures.MONTH.format(to);
        }

        String strandKey() {
            return strand == null ? "*" : strand;
        }

        java.sql.Date fromDate() {
            return java.sql.Date.valueOf(from.atDay(1));
        }

        java.sql.Date toDate() {
            return java.sql.Date.valueOf(to.atDay(1));
        }
    }

    record Request(
            Filter filter,
            Map<String, String> form,
            FormErrors errors,
            List<Unit> units,
            List<Strands.StrandInfo> strands) {}

    /** Analysts and supervisors only. */
    StaffPrincipal require(StaffPrincipal person) {
        if (person == null || !(person.hasRole(Role.ANALYST) || person.hasRole(Role.SUPERVISOR))) {
            throw new AccessDeniedException("Statistics are for analysts and supervisors.");
        }
        if (person.unitId() == null) {
            throw new AccessDeniedException("You belong to no unit.");
        }
        return person;
    }

    List<Unit> visibleUnits(StaffPrincipal person) {
        Set<Long> visible = units.visibleTo(person);
        return units.all().stream().filter(u -> visible.contains(u.id())).toList();
    }

    Unit home(StaffPrincipal person) {
        return units.findById(person.unitId()).orElseThrow();
    }

    YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(Formats.UK));
    }

    Request read(StaffPrincipal person, Map<String, String> query, YearMonth defaultFrom, YearMonth defaultTo) {
        require(person);
        Map<String, String> form = new HashMap<>(query);
        FormErrors errors = new FormErrors();
        List<Unit> visible = visibleUnits(person);
        Unit unit = home(person);
        String unitCode = form.getOrDefault("unit", "").trim().toUpperCase();
        if (!unitCode.isEmpty()) {
            unit = visible.stream()
                    .filter(u -> u.code().equals(unitCode))
                    .findFirst()
                    .orElse(null);
            if (unit == null) {
                errors.add("unit", "Select a unit you work in or one below it");
                unit = home(person);
            }
        }
        form.put("unit", unit.code());
        List<Strands.StrandInfo> all = strands.active();
        String strand = form.getOrDefault("strand", "").trim().toUpperCase();
        if (!strand.isEmpty() && all.stream().noneMatch(s -> s.code().equals(strand))) {
            errors.add("strand", "Select a strand from the list");
            form.put("strand", "");
        }
        YearMonth from = month(form, "from", errors);
        YearMonth to = month(form, "to", errors);
        if (!errors.has("from") && !errors.has("to") && from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("from", "The period must start in or before the month it ends");
            } else if (monthsBetween(from, to) > MAX_MONTHS) {
                errors.add("from", "The period can be at most 10 years");
            }
        }
        if (errors.has("from") || errors.has("to") || from == null || to == null) {
            from = defaultFrom;
            to = defaultTo;
        }
        String chosenStrand = errors.has("strand") || strand.isEmpty() ? null : strand;
        return new Request(new Filter(unit, chosenStrand, from, to), form, errors, visible, all);
    }

    private static int monthsBetween(YearMonth from, YearMonth to) {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    /** A GOV.UK month and year field pair ({@code name-month}, {@code name-year}); empty means the default. */
    static YearMonth month(Map<String, String> form, String name, FormErrors errors) {
        String m = form.getOrDefault(name + "-month", "").trim();
        String y = form.getOrDefault(name + "-year", "").trim();
        if (m.isEmpty() && y.isEmpty()) {
            return null;
        }
        String label = name.equals("from") ? "start" : "end";
        if (m.isEmpty() || y.isEmpty()) {
            errors.add(name, "The " + label + " of the period must include a month and a year");
            return null;
        }
        try {
            int month = Integer.parseInt(m);
            int year = Integer.parseInt(y);
            if (month < 1 || month > 12) {
                errors.add(name, "The month of the " + label + " of the period must be a number from 1 to 12");
                return null;
            }
            if (year < 1990 || year > 2100) {
                errors.add(name, "The year of the " + label + " of the period must be a real year, like 2026");
                return null;
            }
            return YearMonth.of(year, month);
        } catch (NumberFormatException notANumber) {
            errors.add(name, "The " + label + " of the period must be a real month and year, like 4 2026");
            return null;
        }
    }

    static void fill(Map<String, String> form, String name, YearMonth value) {
        form.put(name + "-month", String.valueOf(value.getMonthValue()));
        form.put(name + "-year", String.valueOf(value.getYear()));
    }
}
