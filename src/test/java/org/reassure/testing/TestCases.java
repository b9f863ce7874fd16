package org.reassure.testing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts a fresh case as a new report would arrive, with sensible defaults, so that each test owns the
 * case it changes. Fails fast when the unit does not exist.
 */
public final class TestCases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestCases() {}

    /** A new online report of racist abuse in the given unit, received two hours ago; returns its reference. */
    public static String newReport(JdbcClient jdbc, String unitCode) {
        long unitId = jdbc.sql("SELECT id FROM unit WHERE code = ?")
                .param(unitCode)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No unit " + unitCode + ": create it first"));
        UUID id = UUID.randomUUID();
        String reference =
                String.format("HC26-T%03d-%04d", SEQUENCE.incrementAndGet() % 1000, Math.abs(id.hashCode()) % 10000);
        Instant received = Instant.now().minus(Duration.ofHours(2));
        jdbc.sql("""
                INSERT INTO hate_case (id, reference, status, channel, received_at, unit_id, account, hostility_reason, perceived_by)
                VALUES (?, ?, 'REPORTED', 'ONLINE', ?, ?, ?, ?, 'VICTIM')""")
                .params(
                        id,
                        reference,
                        Timestamp.from(received),
                        unitId,
                        "A man shouted racist abuse at me outside the library and threatened to hit me.",
                        "He used racist words about my family.")
                .update();
        jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, 'RACE')")
                .param(id)
                .update();
        jdbc.sql(
                        "INSERT INTO case_history (case_id, at, actor, to_status, what) VALUES (?, ?, 'reassure', 'REPORTED', 'Report received')")
                .params(id, Timestamp.from(received))
                .update();
        return reference;
    }
}
