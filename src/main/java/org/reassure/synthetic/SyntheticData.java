package org.reassure.synthetic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.CareRules;
import org.reassure.care.RuleSet;
import org.reassure.care.WorkingDays;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;

/**
 * Loads generated cases straight into the tables of case work and victim care with PostgreSQL's COPY,
 * in batches, in the caller's transaction: a run is all or nothing. One audit entry records the run.
 */
@Service
class SyntheticData {

    /** What a run wrote, with the milliseconds spent copying into each table. */
    record Result(long runId, int cases, long rows, long millis, Map<CopyRows.Table, Long> copyMillis) {
        double casesPerSecond() {
            return millis == 0 ? cases : cases * 1000.0 / millis;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Units units;
    private final StaffAccounts accounts;
    private final CareRules careRules;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final Clock clock;

    SyntheticData(
            JdbcClient jdbc,
            DataSource dataSource,
            Units units,
            StaffAccounts accounts,
            CareRules careRules,
            WorkingDays workingDays,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.units = units;
        this.accounts = accounts;
        this.careRules = careRules;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Cases that were not generated: real cases, or demo cases written by hand. */
    long otherCases() {
        return jdbc.sql(
                        "SELECT count(*) FROM hate_case c WHERE NOT EXISTS (SELECT 1 FROM synthetic_case s WHERE s.case_id = c.id)")
                .query(Long.class)
                .single();
    }

    /**
     * Generates and loads the cases of {@code settings}, as they stand now; {@code progress} hears the number of
     * cases written after each batch. Must run in a transaction.
     */
    @Transactional
    Result generate(Settings settings, String runBy, IntConsumer progress) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        long runId = jdbc.sql("""
                INSERT INTO synthetic_run (seed, cases, period_from, period_to, src_effect, options, run_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        settings.seed(),
                        settings.cases(),
                        settings.from(),
                        settings.to(),
                        settings.srcEffect(),
                        describe(settings),
                        runBy,
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        World world = world(settings, runId, asOf(now));
        CopyRows rows = new CopyRows();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long[] written = {0};
            Map<CopyRows.Table, Long> copyMillis = new java.util.EnumMap<>(CopyRows.Table.class);
            CopyRows.Sink sink = (table, bytes) -> {
                try {
                    long copyStarted = System.nanoTime();
                    written[0] += copy.copyIn("COPY " + table.columns + " FROM STDIN", new ByteArrayInputStream(bytes));
                    copyMillis.merge(table, (System.nanoTime() - copyStarted) / 1_000_000, Long::sum);
                } catch (SQLException failure) {
                    throw new IOException(failure);
                }
            };
            new CaseGenerator(settings, world, rows).run(casesSoFar -> {
                rows.flush(sink);
                progress.accept(casesSoFar);
            });
            jdbc.sql("UPDATE synthetic_run SET finished_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), runId)
                    .update();
            auditLog.recordAs(
                    runBy,
                    "",
                    AuditAction.COLLECTION,
                    "synthetic-run",
                    Long.toString(runId),
                    "generate synthetic data",
                    AuditOutcome.ALLOWED,
                    settings.cases() + " synthetic cases (" + written[0] + " rows): " + describe(settings));
            return new Result(
                    runId, settings.cases(), written[0], (System.nanoTime() - started) / 1_000_000, copyMillis);
        } catch (IOException | SQLException failure) {
            throw new IllegalStateException("Loading synthetic data failed", failure);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Generated data stands as of the start of today (UK): the same settings on the same day give the same data. */
    Instant asOf(Instant now) {
        return now.atZone(Formats.UK).toLocalDate().atStartOfDay(Formats.UK).toInstant();
    }

    static String describe(Settings settings) {
        return "--cases " + settings.cases() + " --seed " + settings.seed() + " --from " + settings.from() + " --to "
                + settings.to()
                + " --src-effect " + settings.srcEffect()
                + (settings.unitCode() == null ? "" : " --unit " + settings.unitCode())
                + settings.spikes().stream().map(spike -> " --spike " + spike).reduce("", String::concat);
    }

    /** Checks settings that need the database: the unit, strands of spikes, and victim care rules in force for the period. */
    World world(Settings settings, long runId, Instant asOf) {
        List<Unit> all = units.all();
        Unit scope = null;
        if (settings.unitCode() != null) {
            scope = units.findByCode(settings.unitCode().trim().toUpperCase())
                    .orElseThrow(() -> new InvalidInput(
                            "unit",
                            "There is no unit with the code "
                                    + settings.unitCode().trim()));
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
            throw new InvalidInput(
                    "unit",
                    scope == null
                            ? "There are no units yet: create a force first (admin create-unit)"
                            : "Unit " + scope.code() + " is a team: give a force or a borough");
        }
        List<StaffAccount> staff =
                accounts.all().stream().filter(StaffAccount::enabled).toList();
        Map<String, List<String>> districts = new LinkedHashMap<>();
        jdbc.sql("SELECT district, unit_code FROM postcode_district_unit ORDER BY district")
                .query((rs, n) -> {
                    districts
                            .computeIfAbsent(rs.getString("unit_code"), code -> new ArrayList<>())
                            .add(rs.getString("district"));
                    return null;
                })
                .list();
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
        Map<String, List<World.Offence>> offences = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name, offence_group, aggravated FROM offence WHERE active ORDER BY sort_order")
                .query((rs, n) -> {
                    offences.computeIfAbsent(rs.getString("offence_group"), group -> new ArrayList<>())
                            .add(new World.Offence(
                                    rs.getString("code"), rs.getString("name"), rs.getBoolean("aggravated")));
                    return null;
                })
                .list();
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM outcome_type")
                .query((rs, n) -> outcomes.put(rs.getInt("code"), rs.getString("name")))
                .list();
        List<RuleSet> ruleSets = careRules.all();
        LocalDate earliest = ruleSets.stream()
                .map(RuleSet::effectiveFrom)
                .min(LocalDate::compareTo)
                .orElseThrow();
        if (settings.from().isBefore(earliest)) {
            throw new InvalidInput(
                    "from", "Victim care rules start on " + earliest + ": choose a start on or after it");
        }
        Set<LocalDate> holidays = new HashSet<>();
        workingDays
                .between(settings.from().minusDays(7), settings.to().plusYears(3))
                .forEach(day -> holidays.add(day.day()));
        return new World(targets, offences, outcomes, ruleSets, holidays, runId, asOf);
    }

    /** Prints a progress bar and the rate on standard error (a line every tenth when it is not a terminal). */
    static IntConsumer progressBar(int total, PrintStream err, boolean terminal) {
        long started = System.nanoTime();
        int[] lastTenth = {0};
        return done -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            int tenth = (int) (10L * done / total);
            if (!terminal && tenth == lastTenth[0] && done < total) {
                return;
            }
            lastTenth[0] = tenth;
            int width = 30;
            int filled = (int) ((long) width * done / total);
            String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "]";
            String line = String.format(
                    "%s %3d%% %,d of %,d cases, %,.0f cases/s", bar, 100L * done / total, done, total, done / seconds);
            err.print(
                    terminal
                            ? "\r" + line + (done >= total ? System.lineSeparator() : "")
                            : line + System.lineSeparator());
            err.flush();
        };
    }
}
