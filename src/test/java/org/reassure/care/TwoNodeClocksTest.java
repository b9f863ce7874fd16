package org.reassure.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.reassure.casework.Cases;
import org.reassure.identity.Units;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Two service nodes on one PostgreSQL: this test's own context and a second Reassure process joined to
 * its database. Thousands of clocks fall due at once; each fires exactly once, on one node or the other.
 * Also measures how many clocks one node fires per second.
 */
@ReassureTest
class TwoNodeClocksTest {

    private static final int SINGLE_NODE_CLOCKS = 3000;
    private static final int TWO_NODE_CLOCKS = 2000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Units units;

    @Autowired
    Cases cases;

    @Test
    void thousands_of_clocks_due_at_once_on_two_nodes_each_fire_exactly_once() throws Exception {
        // A force of its own, so that these thousands of escalations reach no demo supervisor.
        String force = "LD" + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 1_000_000, 36).toUpperCase();
        units.create(force, "Clock load test force " + force, null);
        String reference = TestCases.newReport(jdbc, force);

        String single = "one-" + UUID.randomUUID();
        Instant start = Instant.now();
        dueNow(reference, force, single, SINGLE_NODE_CLOCKS);
        awaitAllFired(single, SINGLE_NODE_CLOCKS, Duration.ofSeconds(180));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("One node fired %d clocks in %.1f s: %.0f clocks per second%n", SINGLE_NODE_CLOCKS, seconds,
                SINGLE_NODE_CLOCKS / seconds);
        assertExactlyOnce(single, SINGLE_NODE_CLOCKS);

        Path log = Files.createTempFile("reassure-node-b", ".log");
        int port = ReassureProcess.freePort();
        Process nodeB = ReassureProcess.start(secondNode(), log, "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, nodeB);
            String both = "two-" + UUID.randomUUID();
            dueNow(reference, force, both, TWO_NODE_CLOCKS);
            awaitAllFired(both, TWO_NODE_CLOCKS, Duration.ofSeconds(240));
            assertExactlyOnce(both, TWO_NODE_CLOCKS);
            Map<String, Long> byNode = new HashMap<>();
            jdbc.sql("""
                    SELECT f.node, count(*) AS n FROM care_clock_firing f JOIN care_task t ON f.instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ? GROUP BY f.node""").param(both + "-%")
                    .query((rs, n) -> byNode.put(rs.getString("node"), rs.getLong("n"))).list();
            System.out.println("Two nodes fired " + TWO_NODE_CLOCKS + " clocks: " + byNode);
            assertThat(byNode).as("both nodes took their share").hasSize(2).containsKey("node-b");
        } finally {
            nodeB.destroy();
            if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
                nodeB.destroyForcibly();
            }
        }
    }

    /** Care tasks past their due time, each with its breach clock due now. */
    private void dueNow(String reference, String force, String batch, int count) {
        long unitId = units.findByCode(force).orElseThrow().id();
        jdbc.sql("""
                INSERT INTO care_task (id, case_reference, kind, trigger_key, unit_id, rule_set_id, rule_code, started_at, due_at, status)
                SELECT gen_random_uuid(), ?, 'UPDATE', ? || '-' || i, ?, (SELECT id FROM care_rule_set WHERE version = 1),
                       'VICTIMS_CODE_UPDATE_FIRST', now() - interval '11 days', now() - interval '1 day', 'OPEN'
                FROM generate_series(1, ?) AS i""").params(reference, batch, unitId, count).update();
        jdbc.sql("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                SELECT 'care-clock', id || '/breach', now(), FALSE, 1 FROM care_task WHERE trigger_key LIKE ?""")
                .param(batch + "-%").update();
    }

    private void awaitAllFired(String batch, int count, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            long open = jdbc.sql("SELECT count(*) FROM care_task WHERE trigger_key LIKE ? AND status = 'OPEN'").param(batch + "-%")
                    .query(Long.class).single();
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

    private void assertExactlyOnce(String batch, int count) {
        Map<Long, Long> firingsPerClock = new HashMap<>();
        jdbc.sql("""
                SELECT n, count(*) AS clocks FROM (
                    SELECT t.id, count(f.id) AS n FROM care_task t LEFT JOIN care_clock_firing f ON f.instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ? GROUP BY t.id) per GROUP BY n""").param(batch + "-%")
                .query((rs, n) -> firingsPerClock.put(rs.getLong("n"), rs.getLong("clocks"))).list();
        assertThat(firingsPerClock).as("clocks by how many times each fired").containsExactly(Map.entry(1L, (long) count));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM care_alert a JOIN care_task t ON t.id = a.task_id WHERE t.trigger_key LIKE ? AND a.kind = 'ESCALATION'""")
                .param(batch + "-%").query(Long.class).single()).isEqualTo(count);
    }

    /** The second node: same database, its own name, clocks polled every second as in this test run. */
    private Map<String, String> secondNode() throws Exception {
        Map<String, String> env = new HashMap<>(ReassureProcess.sameDatabase());
        if (System.getenv("SPRING_DATASOURCE_URL") == null || System.getenv("SPRING_DATASOURCE_URL").isBlank()) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            env.put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
            env.put("REASSURE_DATA_DIR", Files.createTempDirectory("reassure-node-b").toString());
        }
        env.put("REASSURE_DEMO_DATA", "false");
        env.put("REASSURE_NODE_NAME", "node-b");
        env.put("REASSURE_CLOCK_POLLING_INTERVAL", "1s");
        return env;
    }
}
