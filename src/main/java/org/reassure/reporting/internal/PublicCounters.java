package org.reassure.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters of public requests in fixed windows, in PostgreSQL so that every node counts the same, and
 * deleted once their window is over. Keys are hashes: of a report reference (wrong tracking codes for it), or
 * of a client's address (its requests, or its wrong tracking codes) with a secret that is new for every window and deleted with it, so that no
 * address is stored and no counter can be linked to one after its window.
 */
@Component
public class PublicCounters {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long TIDY_EVERY_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastTidy = new AtomicLong();
    private volatile CachedSecret cached;

    private record CachedSecret(Instant windowStart, Duration window, byte[] secret) {}

    PublicCounters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one more for this key in the current window and returns the count so far. */
    public int hit(String key, Duration window) {
        Instant start = windowStart(window);
        int hits = jdbc.sql("""
                INSERT INTO public_request_counter (counter_key, window_start, expires_at, hits, last_hit_at)
                VALUES (?, ?, ?, 1, ?)
                ON CONFLICT (counter_key, window_start) DO UPDATE
                SET hits = public_request_counter.hits + 1, last_hit_at = EXCLUDED.last_hit_at RETURNING hits""")
                .params(key, Timestamp.from(start), Timestamp.from(start.plus(window)), Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
        tidy();
        return hits;
    }

    /** The count for this key in the current window. */
    public int count(String key, Duration window) {
        return jdbc.sql("SELECT hits FROM public_request_counter WHERE counter_key = ? AND window_start = ?")
                .params(key, Timestamp.from(windowStart(window)))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** The count for this key in the current window and when it last grew (null when it has not). */
    public Count countWithLastHit(String key, Duration window) {
        return jdbc.sql(
                        "SELECT hits, last_hit_at FROM public_request_counter WHERE counter_key = ? AND window_start = ?")
                .params(key, Timestamp.from(windowStart(window)))
                .query((rs, row) -> new Count(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional()
                .orElse(new Count(0, null));
    }

    /** A counter's hits in the current window, and when the last one was counted (null if none). */
    public record Count(int hits, Instant lastHitAt) {}

    /** How long until the current window ends (and its counts start again). */
    public Duration untilNextWindow(Duration window) {
        return Duration.between(clock.instant(), windowStart(window).plus(window));
    }

    static String referenceKey(String reference) {
        return "reference:" + Secrets.sha256("reference:" + reference);
    }

    /** The key of a client in the current window: an HMAC of its address, never the address. */
    public String clientKey(String address, Duration window) {
        return keyOf("client:", address, window);
    }

    /** The key counting one client's wrong tracking codes in the current window: an HMAC of its address. */
    public String guesserKey(String address, Duration window) {
        return keyOf("guesser:", address, window);
    }

    private String keyOf(String prefix, String address, Duration window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(window), "HmacSHA256"));
            return prefix + HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The current window's secret: the first node to need it makes it, every node reads the same one. */
    private byte[] secret(Duration window) {
        Instant start = windowStart(window);
        CachedSecret current = cached;
        if (current != null
                && current.windowStart().equals(start)
                && current.window().equals(window)) {
            return current.secret();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("""
                INSERT INTO public_request_secret (window_start, window_seconds, secret, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(Timestamp.from(start), (int) window.toSeconds(), fresh, Timestamp.from(start.plus(window)))
                .update();
        byte[] secret = jdbc.sql(
                        "SELECT secret FROM public_request_secret WHERE window_start = ? AND window_seconds = ?")
                .params(Timestamp.from(start), (int) window.toSeconds())
                .query(byte[].class)
                .single();
        cached = new CachedSecret(start, window, secret);
        return secret;
    }

    private Instant windowStart(Duration window) {
        long size = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - now % size);
    }

    /** Deletes finished windows' counters and secrets, at most once a minute on each node. */
    private void tidy() {
        long now = clock.millis();
        long last = lastTidy.get();
        if (now - last < TIDY_EVERY_MILLIS || !lastTidy.compareAndSet(last, now)) {
            return;
        }
        deleteFinishedWindows();
    }

    public void deleteFinishedWindows() {
        Timestamp cutoff = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM public_request_counter WHERE expires_at <= ?")
                .param(cutoff)
                .update();
        jdbc.sql("DELETE FROM public_request_secret WHERE expires_at <= ?")
                .param(cutoff)
                .update();
    }
}
