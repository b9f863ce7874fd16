package org.reassure.synthetic.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.CareImport;
import org.reassure.casework.CaseImport;
import org.reassure.platform.CopyRows;
import org.reassure.platform.Formats;

/**
 * Loads generated cases through case work's and victim care's bulk imports, in batches, in the caller's
 * transaction: a run is all or nothing. The run and each case it generated are recorded in this module's own
 * tables, so that generated cases can be told apart from real ones; one audit entry records the run.
 */
@Service
public class SyntheticData {

    /** What a run wrote, with the milliseconds spent writing each table. */
    public record Result(long runId, int cases, long rows, long millis, Map<String, Long> writeMillis) {
        public double casesPerSecond() {
            return millis == 0 ? cases : cases * 1000.0 / millis;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CaseImport caseImport;
    private final CareImport careImport;
    private final WorldReader worlds;
    private final AuditLog auditLog;
    private final Clock clock;

    SyntheticData(
            JdbcClient jdbc,
            DataSource dataSource,
            CaseImport caseImport,
            CareImport careImport,
            WorldReader worlds,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.caseImport = caseImport;
        this.careImport = careImport;
        this.worlds = worlds;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Cases that were not generated: real cases, or demo cases written by hand. */
    long otherCases() {
        long generated = jdbc.sql("SELECT count(*) FROM synthetic_case")
                .query(Long.class)
                .single();
        return caseImport.cases() - generated;
    }

    /**
     * Generates and loads the cases of {@code settings}, as they stand now; {@code progress} hears the number of
     * cases written after each batch. Must run in a transaction.
     */
    @Transactional
    public Result generate(Settings settings, String runBy, IntConsumer progress) {
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
        World world = worlds.read(settings, runId, asOf(now));
        DatabaseHandover load =
                new DatabaseHandover(caseImport.batch(), careImport.batch(), CopyRows.database(dataSource), runId);
        try {
            new CaseGenerator(settings, world, load).run(casesSoFar -> {
                load.write();
                progress.accept(casesSoFar);
            });
        } catch (IOException | UncheckedIOException failure) {
            throw new IllegalStateException("Loading synthetic data failed", failure);
        }
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
                settings.cases() + " synthetic cases (" + load.rows() + " rows): " + describe(settings));
        return new Result(
                runId, settings.cases(), load.rows(), (System.nanoTime() - started) / 1_000_000, load.millis());
    }

    /** Generated data stands as of the start of today (UK): the same settings on the same day give the same data. */
    static Instant asOf(Instant now) {
        return now.atZone(Formats.UK).toLocalDate().atStartOfDay(Formats.UK).toInstant();
    }

    static String describe(Settings settings) {
        return "--cases " + settings.cases() + " --seed " + settings.seed() + " --from " + settings.from() + " --to "
                + settings.to()
                + " --src-effect " + settings.srcEffect()
                + (settings.unitCode() == null ? "" : " --unit " + settings.unitCode())
                + settings.spikes().stream().map(spike -> " --spike " + spike).reduce("", String::concat);
    }
}
