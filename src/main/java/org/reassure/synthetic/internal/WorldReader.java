package org.reassure.synthetic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.CareRules;
import org.reassure.care.RuleSet;
import org.reassure.care.WorkingDays;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;

/**
 * Reads the world a run generates into, through the owners' APIs and published views: the boroughs and their
 * Community Safety Units, investigators and supervisors (identity), the postcode districts each borough covers
 * (reporting's {@code reporting_postcode_district_v}), offences and Home Office outcomes (case work's
 * {@code casework_offence_v} and {@code casework_outcome_type_v}), and the victim care rule sets and bank holidays
 * (care). It refuses settings that the database cannot meet.
 */
@Component
class WorldReader {

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final CareRules careRules;
    private final WorkingDays workingDays;

    WorldReader(JdbcClient jdbc, Units units, StaffAccounts accounts, CareRules careRules, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.careRules = careRules;
        this.workingDays = workingDays;
    }

    /** Checks settings that need the database: the unit, and victim care rules in force for the period. */
    World read(Settings settings, long runId, Instant asOf) {
        List<RuleSet> ruleSets = careRules.all();
        LocalDate earliest = ruleSets.stream()
                .map(RuleSet::effectiveFrom)
                .min(LocalDate::compareTo)
                .orElseThrow();
        List<World.Target> targets = targets(boroughs(settings));
        if (settings.from().isBefore(earliest)) {
            throw new InvalidInput("from", "synthetic.from.beforeRules", earliest.toString());
        }
        Set<LocalDate> holidays = new HashSet<>();
        workingDays
                .between(settings.from().minusDays(7), settings.to().plusYears(3))
                .forEach(day -> holidays.add(day.day()));
        return new World(targets, offences(), outcomes(), ruleSets, holidays, runId, asOf);
    }

    /** The boroughs below the unit of the settings (or every borough), or the units themselves where there are none. */
    private List<Unit> boroughs(Settings settings) {
        List<Unit> all = units.all();
        Unit scope = null;
        if (settings.unitCode() != null) {
            String code = settings.unitCode().trim();
            scope = units.findByCode(code.toUpperCase())
                    .orElseThrow(() -> new InvalidInput("unit", "synthetic.unit.unknown", code));
        }
        Set<Long> inScope = new HashSet<>();
        if (scope != null) {
            inScope.addAll(units.subtree(scope.id()));
        } else {
            all.forEach(unit -> inScope.add(unit.id()));
        }
        List<Unit> boroughs = all.stream()
                .filter(u -> inScope.contains(u.id()) && u.kind() == UnitKind.BOROUGH)
                .toList();
        if (boroughs.isEmpty()) {
            boroughs = all.stream()
                    .filter(u -> inScope.contains(u.id()) && u.kind() != UnitKind.TEAM)
                    .toList();
        }
        if (boroughs.isEmpty()) {
            throw scope == null
                    ? new InvalidInput("unit", "synthetic.unit.none")
                    : new InvalidInput("unit", "synthetic.unit.team", scope.code());
        }
        return boroughs;
    }

    /** Each borough with its team, officer, supervisor and postcode districts. */
    private List<World.Target> targets(List<Unit> boroughs) {
        List<Unit> all = units.all();
        List<StaffAccount> staff =
                accounts.all().stream().filter(StaffAccount::enabled).toList();
        Map<String, List<String>> districts = districts();
        List<World.Target> targets = new ArrayList<>();
        int index = 0;
        for (Unit borough :
                boroughs.stream().sorted(Comparator.comparing(Unit::code)).toList()) {
            Unit team = all.stream()
                    .filter(u ->
                            borough.id() == (u.parentId() == null ? -1 : u.parentId()) && u.kind() == UnitKind.TEAM)
                    .sorted(Comparator.comparing((Unit u) ->
                                    !u.code().endsWith("CSU") && !u.name().contains("Community Safety"))
                            .thenComparing(Unit::code))
                    .findFirst()
                    .orElse(borough);
            StaffAccount officer = staff.stream()
                    .filter(a -> a.unitId() != null
                            && a.unitId() == team.id()
                            && a.roles().contains(Role.INVESTIGATOR))
                    .min(Comparator.comparing(StaffAccount::username))
                    .orElse(null);
            Set<Long> boroughTree = units.subtree(borough.id());
            StaffAccount supervisor = staff.stream()
                    .filter(a -> a.unitId() != null
                            && boroughTree.contains(a.unitId())
                            && a.roles().contains(Role.SUPERVISOR))
                    .min(Comparator.comparing(StaffAccount::username))
                    .orElse(null);
            List<String> own = districts.getOrDefault(borough.code(), List.of());
            // Boroughs differ in size: a fixed, seed-free spread so that the same unit is always the busiest.
            double weight = 1.0 + (index++ % 3) * 0.5;
            targets.add(new World.Target(
                    borough.id(),
                    team.id(),
                    team.name(),
                    officer == null ? null : officer.username(),
                    officer == null ? null : officer.id(),
                    officer == null ? null : officer.displayName(),
                    supervisor == null ? null : supervisor.username(),
                    own.isEmpty() ? List.of("ZZ9") : own,
                    weight));
        }
        return targets;
    }

    private Map<String, List<String>> districts() {
        Map<String, List<String>> districts = new LinkedHashMap<>();
        jdbc.sql("SELECT district, unit_code FROM reporting_postcode_district_v ORDER BY district")
                .query((rs, n) -> districts
                        .computeIfAbsent(rs.getString("unit_code"), code -> new ArrayList<>())
                        .add(rs.getString("district")))
                .list();
        return districts;
    }

    private Map<String, List<World.Offence>> offences() {
        Map<String, List<World.Offence>> offences = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT code, name, offence_group, aggravated FROM casework_offence_v WHERE active ORDER BY sort_order")
                .query((rs, n) -> offences.computeIfAbsent(rs.getString("offence_group"), group -> new ArrayList<>())
                        .add(new World.Offence(
                                rs.getString("code"), rs.getString("name"), rs.getBoolean("aggravated"))))
                .list();
        return offences;
    }

    private Map<Integer, String> outcomes() {
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM casework_outcome_type_v")
                .query((rs, n) -> outcomes.put(rs.getInt("code"), rs.getString("name")))
                .list();
        return outcomes;
    }
}
