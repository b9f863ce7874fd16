package org.reassure.insights.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;

/**
 * Who may see which figures: analysts and supervisors, each for their own unit and every unit below it; only
 * analysts rebuild the figures and publish open data.
 */
@Component
public class StatisticsAccess {

    private final Units units;
    private final Clock clock;

    StatisticsAccess(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** Analysts and supervisors only. */
    public StaffPrincipal require(StaffPrincipal person) {
        if (person == null || !(person.hasRole(Role.ANALYST) || person.hasRole(Role.SUPERVISOR))) {
            throw new AccessDeniedException("Statistics are for analysts and supervisors.");
        }
        if (person.unitId() == null) {
            throw new AccessDeniedException("You belong to no unit.");
        }
        return person;
    }

    /** Analysts only: rebuilding the figures and publishing open data. */
    public StaffPrincipal requireAnalyst(StaffPrincipal person) {
        StaffPrincipal analyst = require(person);
        if (!analyst.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts do this.");
        }
        return analyst;
    }

    /** The person's unit and every unit below it, in the order of the unit list. */
    public List<Unit> visibleUnits(StaffPrincipal person) {
        Set<Long> visible = units.visibleTo(person);
        return units.all().stream().filter(u -> visible.contains(u.id())).toList();
    }

    public Set<Long> visibleUnitIds(StaffPrincipal person) {
        return units.visibleTo(person);
    }

    public Unit home(StaffPrincipal person) {
        return units.findById(person.unitId()).orElseThrow();
    }

    /** The units directly below a unit. */
    public List<Unit> childrenOf(Unit unit) {
        return units.all().stream()
                .filter(u -> u.parentId() != null && u.parentId() == unit.id())
                .toList();
    }

    public YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(Formats.UK));
    }

    /** The financial year (April to March) running now, by the year it starts in. */
    public int currentFinancialYear() {
        YearMonth now = thisMonth();
        return now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
    }
}
