package org.reassure.care;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.Units;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes on one PostgreSQL: this test's own context and a second Reassure process joined to
 * its database. Thousands of clocks fall due at once; each fires exactly once, on one node or the other.
 * Also measures how many clocks one node fires per second.
 */
@ReassureTest
class TwoNodeClocksTest {

    private static final int SINGLE_NODE_CLOCKS = 3000;
    private static final int TWO_NODE_CLOCKS = 4000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Units units;

    @Test
    void thousands_of_clocks_due_at_once_on_two_nodes_each_fire_exactly_once() throws Exception {
        // A force of its own, so that these thousands of escalations reach no demo supervisor.
        String force = "LD"
                + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 1_000_000, 36)
                        .toUpperCase();
        units.create(force, "Clock load test force " + force, null);
        String reference = TestCases.newReport(jdbc, force);

        String single = "one-" + UUID.randomUUID();
        Instant start = Instant.now();
        dueNow(reference, force, single, SINGLE_NODE_CLOCKS);
        awaitAllFired(single, SINGLE_NODE_CLOCKS, Duration.ofSeconds(180));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                "One node fired %d clocks in %.1f s: %.0f clocks per second%n",
                SINGLE_NODE_CLOCKS, seconds, SINGLE_NODE_CLOCKS / seconds);
        assertExactlyOnce(single, SINGLE_NODE_CLOCKS);

        Path log = Files.createTempFile("reassure-node-b", ".log");
        int port = ReassureProcess.freePort();
        Process nodeB = ReassureProcess.start(secondNode(), log, "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, nodeB);
            String both = "two-" + UUID.randomUUID();
            // Due a few seconds ahead, so that node B's clocks (started just after it reports healthy) are polling
            // when they fall due, as in a running cluster; due at once, the first node could take them all first.
            ClockNodes.overdueTasks(
                    jdbc, reference, units.findByCode(force).orElseThrow().id(), both, TWO_NODE_CLOCKS);
            ClockNodes.breachAt(jdbc, both, Instant.now().plusSeconds(6));
            awaitAllFired(both, TWO_NODE_CLOCKS, Duration.ofSeconds(240));
            assertExactlyOnce(both, TWO_NODE_CLOCKS);
            Map<String, Long> byNode = new HashMap<>();
            jdbc.sql("""
                    SELECT f.node, count(*) AS n FROM care_clock_firing f JOIN care_task t ON f.instance = t.id || '/breach'
                    WHERE t.trigger_key LIKE ? GROUP BY f.node""")
                    .param(both + "-%")
                    .query((rs, n) -> byNode.put(rs.getString("node"), rs.getLong("n")))
                    .list();
            System.out.println("Two nodes fired " + TWO_NODE_CLOCKS + " clocks: " + byNode);
            assertThat(byNode).as("both nodes took their share").hasSize(2).containsKey("node-b");
        } finally {
            ClockNodes.stop(nodeB);
        }
    }

    /** Care tasks past their due time, each with its breach clock due now. */
    private void dueNow(String reference, String force, String batch, int count) {
        ClockNodes.overdueTasks(
                jdbc, reference, units.findByCode(force).orElseThrow().id(), batch, count);
        ClockNodes.breachNow(jdbc, batch);
    }

    private void awaitAllFired(String batch, int count, Duration limit) throws InterruptedException {
        ClockNodes.awaitAllFired(jdbc, batch, count, limit);
    }

    private void assertExactlyOnce(String batch, int count) {
        ClockNodes.assertExactlyOnce(jdbc, batch, count);
    }

    private Map<String, String> secondNode() throws Exception {
        return ClockNodes.node(dataSource, "node-b");
    }
}
