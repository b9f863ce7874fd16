package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/**
 * How well a unit keeps the Victims' Code promises: of the clocks that fell due in a period, the share
 * met (done by the due time), by rule. Clocks not yet due and tasks no longer needed do not count.
 */
@Service
public class Compliance {

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;

    Compliance(JdbcClient jdbc, Units units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    public record RuleFigures(String rule, long due, long met) {

        public long missed() {
            return due - met;
        }

        /** The share met as a whole percentage, rounded down so that a near miss never shows as 100. */
        public long percentMet() {
            return due == 0 ? 0 : met * 100 / due;
        }
    }

    public record Report(Unit unit, LocalDate from, LocalDate to, List<RuleFigures> rules) {

        public long due() {
            return rules.stream().mapToLong(RuleFigures::due).sum();
        }

        public long met() {
            return rules.stream().mapToLong(RuleFigures::met).sum();
        }

        public long percentMet() {
            return due() == 0 ? 0 : met() * 100 / due();
        }
    }

    /** The figures for a unit and the units below it, for clocks due from {@code from} to {@code to} inclusive (UK dates). */
    @Transactional(readOnly = true)
    public Report forUnit(StaffPrincipal person, String unitCode, LocalDate from, LocalDate to) {
        if (!person.hasRole(Role.SUPERVISOR) && !person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Compliance figures are for supervisors and analysts.");
        }
        Set<Long> visible = units.visibleTo(person);
        Unit unit = unitCode == null || unitCode.isBlank()
                ? units.findById(person.unitId()).orElseThrow()
                : units.findByCode(unitCode)
                        .orElseThrow(() -> new InvalidInput("unit", "care.problem.noUnit", unitCode));
        if (!visible.contains(unit.id())) {
            throw new AccessDeniedException("You do not work in unit " + unit.code());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInput("from", "care.problem.periodBackwards");
        }
        Timestamp start = Timestamp.from(from.atStartOfDay(Formats.UK).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Formats.UK).toInstant());
        List<RuleFigures> figures = jdbc.sql("""
                SELECT rule_code, count(*) AS due, count(*) FILTER (WHERE status = 'DONE' AND completed_at <= due_at) AS met
                FROM care_task
                WHERE unit_id = ANY(?) AND due_at >= ? AND due_at < ? AND due_at <= ? AND status <> 'CLOSED'
                GROUP BY rule_code ORDER BY rule_code""")
                .params(units.subtree(unit.id()).toArray(Long[]::new), start, end, Timestamp.from(clock.instant()))
                .query((rs, n) -> new RuleFigures(rs.getString("rule_code"), rs.getLong("due"), rs.getLong("met")))
                .list();
        return new Report(unit, from, to, figures);
    }
}
