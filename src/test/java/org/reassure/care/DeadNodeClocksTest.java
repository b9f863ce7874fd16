package org.reassure.care;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.reassure.identity.Units;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed while it fires clocks loses none and fires none twice: its transactions roll back, its picked
 * clocks stay picked with a heartbeat that stops, and a node whose dead-execution settings are short (for this
 * test only) revives them once the heartbeat has lapsed; then each fires exactly once.
 */
@ReassureTest
class DeadNodeClocksTest {

    private static final int CLOCKS = 200;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Units units;

    @Test
    void clocks_taken_by_a_node_that_dies_mid_fire_are_revived_and_fire_exactly_once() throws Exception {
        String force = "DN"
                + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 1_000_000, 36)
                        .toUpperCase();
        units.create(force, "Dead node test force " + force, null);
        String reference = TestCases.newReport(jdbc, force);
        String batch = "dead-" + UUID.randomUUID();
        ClockNodes.overdueTasks(
                jdbc, reference, units.findByCode(force).orElseThrow().id(), batch, CLOCKS);

        Process dying = null;
        Process reviver = null;
        try {
            int port = ReassureProcess.freePort();
            dying = ReassureProcess.start(
                    ClockNodes.node(dataSource, "node-dying"),
                    Files.createTempFile("reassure-node-dying", ".log"),
                    "--server.port=" + port);
            ReassureProcess.awaitHealthy(port, dying);
            List<String> takenByTheDyingNode;
            // Hold the tasks' rows so that every firing stops half-way, after its firing row is written and before it
            // commits.
            // This node's clock threads block too and hold every connection of its pool: look on connections of our own
            // meanwhile.
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            SingleConnectionDataSource own =
                    new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
            JdbcClient side = JdbcClient.create(own);
            try (Connection holder =
                            DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                    Statement lock = holder.createStatement()) {
                holder.setAutoCommit(false);
                lock.execute("SELECT id FROM care_task WHERE trigger_key LIKE '" + batch + "-%' FOR UPDATE");
                ClockNodes.breachNow(side, batch);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> pickedBy(side, "node-dying", batch).size() > 0);
                Thread.sleep(1500);
                takenByTheDyingNode = pickedBy(side, "node-dying", batch);
                dying.destroyForcibly();
                assertThat(dying.waitFor(30, TimeUnit.SECONDS)).isTrue();
                holder.rollback();
            } finally {
                own.destroy();
            }
            System.out.println("The dying node had taken " + takenByTheDyingNode.size() + " of " + CLOCKS
                    + " clocks when it was killed");

            // This node finishes what it took; the dead node's clocks stay taken: its heartbeat is not yet old enough
            // here.
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            jdbc.sql("""
                    SELECT count(*) FROM scheduled_tasks s JOIN care_task t ON s.task_instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ? AND (NOT s.picked OR s.picked_by <> 'node-dying')""").param(batch + "-%").query(Long.class).single() == 0);
            assertThat(pickedBy(jdbc, "node-dying", batch)).containsExactlyInAnyOrderElementsOf(takenByTheDyingNode);
            assertThat(firings(takenByTheDyingNode))
                    .as("the killed node's half-done firings rolled back")
                    .isZero();

            Map<String, String> env = ClockNodes.node(dataSource, "node-reviver");
            int reviverPort = ReassureProcess.freePort();
            reviver = ReassureProcess.start(
                    env,
                    Files.createTempFile("reassure-node-reviver", ".log"),
                    "--server.port=" + reviverPort,
                    "--db-scheduler.heartbeat-interval=2s",
                    "--db-scheduler.missed-heartbeats-limit=4");
            ReassureProcess.awaitHealthy(reviverPort, reviver);
            ClockNodes.awaitAllFired(jdbc, batch, CLOCKS, Duration.ofSeconds(120));
            ClockNodes.assertExactlyOnce(jdbc, batch, CLOCKS);
            assertThat(firings(takenByTheDyingNode))
                    .as("each clock the dead node had taken fired once, elsewhere")
                    .isEqualTo(takenByTheDyingNode.size());
        } finally {
            if (dying != null) {
                dying.destroyForcibly();
            }
            ClockNodes.stop(reviver);
        }
    }

    private static List<String> pickedBy(JdbcClient jdbc, String node, String batch) {
        return jdbc.sql("""
                SELECT s.task_instance FROM scheduled_tasks s JOIN care_task t ON s.task_instance = t.id || '/breach'
                WHERE t.trigger_key LIKE ? AND s.picked AND s.picked_by = ?""").params(batch + "-%", node).query(String.class).list();
    }

    private long firings(List<String> instances) {
        return jdbc.sql("SELECT count(*) FROM care_clock_firing WHERE instance = ANY(?)")
                .param(instances.toArray(String[]::new))
                .query(Long.class)
                .single();
    }
}
