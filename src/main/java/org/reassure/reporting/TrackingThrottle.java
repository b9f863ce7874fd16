package org.reassure.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts wrong tracking codes per reference in fixed windows, in the database so that every node sees
 * the same count. Keyed by a hash of the reference so that unknown references are counted the same way.
 */
@Component
class TrackingThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    TrackingThrottle(JdbcClient jdbc, Clock clock, @Value("${reassure.tracking.max-failures:5}") int maxFailures,
            @Value("${reassure.tracking.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void checkAllowed(String reference) {
        Integer failures = jdbc.sql("SELECT failures FROM tracking_attempt WHERE reference_hash = ? AND window_start = ?")
                .params(key(reference), windowStart()).query(Integer.class).optional().orElse(0);
        if (failures >= maxFailures) {
            throw new TooManyAttempts();
        }
    }

    void recordFailure(String reference) {
        jdbc.sql("""
                INSERT INTO tracking_attempt (reference_hash, window_start, failures) VALUES (?, ?, 1)
                ON CONFLICT (reference_hash, window_start) DO UPDATE SET failures = tracking_attempt.failures + 1""")
                .params(key(reference), windowStart()).update();
        jdbc.sql("DELETE FROM tracking_attempt WHERE window_start < ?")
                .param(Timestamp.from(clock.instant().minus(window.multipliedBy(2)))).update();
    }

    private Timestamp windowStart() {
        long size = window.toMillis();
        long now = clock.millis();
        return Timestamp.from(Instant.ofEpochMilli(now - now % size));
    }

    private static String key(String reference) {
        return Secrets.sha256("reference:" + reference);
    }
}
