package org.reassure.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.AccountUnderAttack;
import org.reassure.identity.StaffAccount;

/**
 * Sign-in throttling without a lock-out (see {@link SignInLimits}). Nothing here asks whether the username exists
 * until the username's failures pass the alert threshold, and then it asks for any username: a known and an unknown
 * username are counted, slowed and answered alike. Keys are HMACs with a secret kept in the database, never a username
 * or an address; rows go a day after their last failure.
 */
@Component
public class SignInAttempts {

    private static final long TIDY_EVERY_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final SignInLimits limits;
    private final AccountRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicLong lastTidy = new AtomicLong();
    private volatile byte[] secret;

    /** One count after a failure: how many failures so far, since when, and the wait it now asks for. */
    private record Counted(int failures, Instant since, Duration delay) {}

    SignInAttempts(
            JdbcClient jdbc, SignInLimits limits, AccountRows rows, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** How long this username (normalised) from this address must still wait before a password is checked. */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        boolean known = knownAddress(username, address, now);
        Optional<Timestamp> until = jdbc.sql("""
                        SELECT max(blocked_until) FROM sign_in_throttle
                        WHERE throttle_key IN (?, ?, ?) AND last_failure_at >= ?""")
                .params(
                        pairKey(username, address),
                        limits.exemptAddresses().contains(address) ? "-" : key("address", address),
                        known ? "-" : key("account", username),
                        Timestamp.from(now.minus(limits.forgetAfter())))
                .query(Timestamp.class)
                .optional();
        return until.map(t -> Duration.between(now, t.toInstant()))
                .filter(wait -> wait.compareTo(Duration.ZERO) > 0)
                .orElse(Duration.ZERO);
    }

    /**
     * Counts a wrong password (or an unknown username) three ways, and tells the holder of an existing account when its
     * failures pass the alert threshold (at most once a day).
     *
     * @return how long the person must now wait before trying again (zero: no wait)
     */
    @Transactional
    public Duration failed(String username, String address) {
        Instant now = clock.instant();
        tidy(now);
        Counted pair = count(pairKey(username, address), now, limits.pairFreeFailures(), limits.maxDelay());
        Duration wait = pair.delay();
        if (!limits.exemptAddresses().contains(address)) {
            wait = longer(
                    wait,
                    count(key("address", address), now, limits.addressFreeFailures(), limits.maxDelay())
                            .delay());
        }
        if (!knownAddress(username, address, now)) {
            Counted account =
                    count(key("account", username), now, limits.accountFreeFailures(), limits.accountMaxDelay());
            wait = longer(wait, account.delay());
            if (account.failures() >= limits.attackAlertAfter()) {
                alert(username, account, now);
            }
        }
        return wait;
    }

    /** A right password: the username and address are even again, the address is known for it, the time recorded. */
    @Transactional
    public void succeeded(long id, String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
                .param(pairKey(username, address))
                .update();
        jdbc.sql("""
                INSERT INTO sign_in_known_address (known_key, last_signed_in) VALUES (?, ?)
                ON CONFLICT (known_key) DO UPDATE SET last_signed_in = EXCLUDED.last_signed_in""")
                .params(key("known", username + "\n" + address), Timestamp.from(now))
                .update();
        jdbc.sql("UPDATE staff_user SET last_sign_in_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** A sign-in through single sign-on: only the time is recorded (the provider does its own throttling). */
    @Transactional
    public void succeeded(long id) {
        jdbc.sql("UPDATE staff_user SET last_sign_in_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    private boolean knownAddress(String username, String address, Instant now) {
        return jdbc.sql("SELECT count(*) FROM sign_in_known_address WHERE known_key = ? AND last_signed_in >= ?")
                        .params(
                                key("known", username + "\n" + address),
                                Timestamp.from(now.minus(limits.knownAddressFor())))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Counted count(String key, Instant now, int free, Duration max) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgetBefore = Timestamp.from(now.minus(limits.forgetAfter()));
        Counted counted = jdbc.sql("""
                        INSERT INTO sign_in_throttle (throttle_key, failures, first_failure_at, last_failure_at, blocked_until)
                        VALUES (?, 1, ?, ?, ?)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            failures = CASE WHEN sign_in_throttle.last_failure_at < ? THEN 1
                                            ELSE sign_in_throttle.failures + 1 END,
                            first_failure_at = CASE WHEN sign_in_throttle.last_failure_at < ? THEN EXCLUDED.first_failure_at
                                                    ELSE sign_in_throttle.first_failure_at END,
                            last_failure_at = EXCLUDED.last_failure_at
                        RETURNING failures, first_failure_at""")
                .params(key, at, at, at, forgetBefore, forgetBefore)
                .query((rs, n) -> {
                    int failures = rs.getInt("failures");
                    return new Counted(
                            failures,
                            rs.getTimestamp("first_failure_at").toInstant(),
                            limits.delay(failures, free, max));
                })
                .single();
        if (counted.delay().compareTo(Duration.ZERO) > 0) {
            jdbc.sql("UPDATE sign_in_throttle SET blocked_until = greatest(blocked_until, ?) WHERE throttle_key = ?")
                    .params(Timestamp.from(now.plus(counted.delay())), key)
                    .update();
        }
        return counted;
    }

    private void alert(String username, Counted account, Instant now) {
        Optional<StaffAccount> holder = rows.byUsername(username);
        if (holder.isEmpty()) {
            return;
        }
        boolean due = jdbc.sql("""
                        INSERT INTO sign_in_attack_notice (user_id, last_told_at) VALUES (?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET last_told_at = EXCLUDED.last_told_at
                        WHERE sign_in_attack_notice.last_told_at < ?
                        RETURNING user_id""")
                .params(holder.get().id(), Timestamp.from(now), Timestamp.from(now.minus(Duration.ofDays(1))))
                .query(Long.class)
                .optional()
                .isPresent();
        if (due) {
            StaffAccount person = holder.get();
            events.publishEvent(new AccountUnderAttack(
                    person.id(),
                    person.username(),
                    person.displayName(),
                    person.workEmail(),
                    account.failures(),
                    account.since(),
                    now));
        }
    }

    private void tidy(Instant now) {
        long last = lastTidy.get();
        if (now.toEpochMilli() - last < TIDY_EVERY_MILLIS || !lastTidy.compareAndSet(last, now.toEpochMilli())) {
            return;
        }
        jdbc.sql("DELETE FROM sign_in_throttle WHERE last_failure_at < ?")
                .param(Timestamp.from(now.minus(limits.forgetAfter())))
                .update();
        jdbc.sql("DELETE FROM sign_in_known_address WHERE last_signed_in < ?")
                .param(Timestamp.from(now.minus(limits.knownAddressFor())))
                .update();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private String pairKey(String username, String address) {
        return key("pair", username + "\n" + address);
    }

    private String key(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return kind + ":"
                    + HexFormat.of().formatHex(mac.doFinal((kind + "\n" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = jdbc.sql("SELECT secret FROM sign_in_secret WHERE id = 1")
                    .query(String.class)
                    .single()
                    .getBytes(StandardCharsets.UTF_8);
            secret = known;
        }
        return known;
    }
}
