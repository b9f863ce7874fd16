package org.reassure.insights.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics read model: {@code insights_case_fact} (one row per case) and {@code insights_cube} (counts by
 * scope unit, month, strand and key), rebuilt from the views other modules publish through the views
 * {@code insights_case_fact_source} and {@code insights_cube_source}. Rows loaded straight into the case tables
 * (by the synthetic data generator, say) appear after the next rebuild. A rebuild runs as one transaction under
 * an advisory lock, so two nodes never rebuild at once; it deletes and inserts rather than truncating, so
 * readers keep reading the previous figures until it commits.
 */
@Service
public class ReadModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModel.class);
    static final long LOCK = 0x1151647L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReadModel(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The time the figures describe: when the last rebuild began. */
    public Optional<Instant> asAt() {
        return jdbc.sql("SELECT refreshed_at FROM insights_refresh WHERE id = 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Rebuilds now, waiting for a rebuild already running on another node to finish first. */
    public Instant refresh() {
        return transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
            return rebuild();
        });
    }

    /** Rebuilds unless another node is rebuilding right now (the recurring task). */
    boolean refreshUnlessRunning() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Boolean.class)
                    .single();
            if (locked) {
                rebuild();
            }
            return locked;
        }));
    }

    /** Rebuilds in the caller's transaction (the demo data loader), without concurrency: nobody reads yet. */
    public void rebuildInCurrentTransaction() {
        fill();
        record(0);
    }

    private void fill() {
        jdbc.sql("DELETE FROM insights_case_fact").update();
        jdbc.sql("INSERT INTO insights_case_fact SELECT * FROM insights_case_fact_source")
                .update();
        jdbc.sql("DELETE FROM insights_cube").update();
        jdbc.sql("INSERT INTO insights_cube SELECT * FROM insights_cube_source").update();
    }

    private Instant rebuild() {
        long started = System.nanoTime();
        fill();
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant at = record(took);
        LOG.info("Insights read model rebuilt in {} ms", took);
        return at;
    }

    private Instant record(long tookMillis) {
        return jdbc.sql("""
                INSERT INTO insights_refresh (id, refreshed_at, took_ms, cases)
                VALUES (1, now(), ?, (SELECT count(*) FROM insights_case_fact))
                ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, took_ms = EXCLUDED.took_ms, cases = EXCLUDED.cases
                RETURNING refreshed_at""").param(tookMillis).query(Timestamp.class).single().toInstant();
    }

    /** The recurring rebuild: one row in {@code scheduled_tasks}, taken by one node at a time. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final String TASK_NAME = "insights-refresh";

        @Bean
        RecurringTask<Void> insightsRefreshTask(
                ReadModel readModel, @Value("${reassure.insights.refresh-interval:PT15M}") Duration interval) {
            return Tasks.recurring(TASK_NAME, FixedDelay.of(interval))
                    .execute((instance, context) -> readModel.refreshUnlessRunning());
        }
    }
}
