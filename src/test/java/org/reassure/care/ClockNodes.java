package org.reassure.care;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.testing.ReassureProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches of clocks for the multi-node tests, other service nodes joined to the test's database, and the exactly-once check. */
final class ClockNodes {

    private ClockNodes() {}

    /** Care tasks past their due time (breach clocks not yet set), named {@code batch-1} to {@code batch-count}. */
    static void overdueTasks(JdbcClient jdbc, String reference, long unitId, String batch, int count) {
        jdbc.sql("""
                INSERT INTO care_task (id, case_reference, kind, trigger_key, unit_id, rule_set_id, rule_code, started_at, due_at, status)
                SELECT gen_random_uuid(), ?, 'UPDATE', ? || '-' || i, ?, (SELECT id FROM care_rule_set WHERE version = 1),
                       'VICTIMS_CODE_UPDATE_FIRST', now() - interval '11 days', now() - interval '1 day', 'OPEN'
                FROM generate_series(1, ?) AS i""").params(reference, batch, unitId, count).update();
    }

    /** Sets the breach clock of every task of the batch, due now. */
    static void breachNow(JdbcClient jdbc, String batch) {
        breachAt(jdbc, batch, Instant.now());
    }

    /** Sets the breach clock of every task of the batch, due at the given time. */
    static void breachAt(JdbcClient jdbc, String batch, Instant due) {
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                SELECT 'care-clock', id || '/breach', ?, FALSE, 1 FROM care_task WHERE trigger_key LIKE ?""").params(Timestamp.from(due), batch + "-%").update();
    }

    static void awaitAllFired(JdbcClient jdbc, String batch, int count, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            long open = jdbc.sql("SELECT count(*) FROM care_task WHERE trigger_key LIKE ? AND status = 'OPEN'")
                    .param(batch + "-%")
                    .query(Long.class)
                    .single();
            long pending = jdbc.sql("""
                    SELECT count(*) FROM scheduled_tasks s JOIN care_task t ON s.task_instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ?""").param(batch + "-%").query(Long.class).single();
            if (open == 0 && pending == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not every one of " + count + " clocks fired within " + limit);
    }

    /** Each clock of the batch fired once (one firing row, one escalation). */
    static void assertExactlyOnce(JdbcClient jdbc, String batch, int count) {
        Map<Long, Long> firingsPerClock = new HashMap<>();
        jdbc.sql("""
                SELECT n, count(*) AS clocks FROM (
                    SELECT t.id, count(f.id) AS n FROM care_task t LEFT JOIN care_clock_firing f ON f.instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ? GROUP BY t.id) per GROUP BY n""")
                .param(batch + "-%")
                .query((rs, n) -> firingsPerClock.put(rs.getLong("n"), rs.getLong("clocks")))
                .list();
        assertThat(firingsPerClock).as("clocks by how many times each fired").containsExactly(Map.entry(1L, (long)
                count));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM care_alert a JOIN care_task t ON t.id = a.task_id WHERE t.trigger_key LIKE ? AND a.kind = 'ESCALATION'""").param(batch + "-%").query(Long.class).single()).isEqualTo(count);
    }

    /** Another node: same database, its own name, clocks polled four times a second (it must not sleep through a batch the first node fires in a second). */
    static Map<String, String> node(DataSource dataSource, String name) throws Exception {
        Map<String, String> env = new HashMap<>(ReassureProcess.sameDatabase());
        if (System.getenv("SPRING_DATASOURCE_URL") == null
                || System.getenv("SPRING_DATASOURCE_URL").isBlank()) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            env.put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
            env.put(
                    "REASSURE_DATA_DIR",
                    Files.createTempDirectory("reassure-" + name).toString());
        }
        env.put("REASSURE_DEMO_DATA", "false");
        env.put("REASSURE_NODE_NAME", name);
        env.put("REASSURE_CLOCK_POLLING_INTERVAL", "250ms");
        return env;
    }

    static void stop(Process node) throws InterruptedException {
        if (node == null) {
            return;
        }
        node.destroy();
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
    }
}
