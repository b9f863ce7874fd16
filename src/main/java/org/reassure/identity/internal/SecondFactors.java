package org.reassure.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's second factor: the authenticator app's key (RFC 6238) and single-use recovery codes. A code is never
 * accepted twice (the last accepted time step is kept, and only a later one is taken), and wrong codes are counted per
 * account: after {@link #WRONG_CODES_PER_MINUTE} in a minute every code is refused until the minute has passed.
 */
@Service
public class SecondFactors {

    /** Wrong codes an account may have in a minute before codes are refused for a while. */
    public static final int WRONG_CODES_PER_MINUTE = 5;

    /** How many recovery codes a person gets at a time. */
    public static final int RECOVERY_CODES = 10;

    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a code typed. */
    public enum Check {
        ACCEPTED,
        WRONG,
        TOO_MANY
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the person has set up an authenticator app (and so can prove a second factor). */
    public boolean enrolled(long userId) {
        return jdbc.sql("SELECT count(*) FROM identity_totp WHERE user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** When the person set up their authenticator app, if they have. */
    public Optional<Instant> appAddedAt(long userId) {
        return jdbc.sql("SELECT confirmed_at FROM identity_totp WHERE user_id = ?")
                .param(userId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Checks a code from the person's authenticator app; an accepted code's time step can never be used again. */
    @Transactional
    public Check checkAppCode(long userId, String typed) {
        if (throttled(userId)) {
            return Check.TOO_MANY;
        }
        String code = digits(typed);
        Optional<String> key = jdbc.sql("SELECT secret FROM identity_totp WHERE user_id = ? FOR UPDATE")
                .param(userId)
                .query(String.class)
                .optional();
        if (key.isPresent() && code.length() == 6) {
            long now = TotpCodes.step(clock.instant());
            for (long step = now - 1; step <= now + 1; step++) {
                if (MessageDigest.isEqual(
                                TotpCodes.code(key.get(), step).getBytes(StandardCharsets.US_ASCII),
                                code.getBytes(StandardCharsets.US_ASCII))
                        && jdbc.sql("UPDATE identity_totp SET last_step = ? WHERE user_id = ? AND last_step < ?")
                                        .params(step, userId, step)
                                        .update()
                                == 1) {
                    return Check.ACCEPTED;
                }
            }
        }
        failed(userId);
        return Check.WRONG;
    }

    /** Checks a recovery code: each works once. */
    @Transactional
    public Check checkRecoveryCode(long userId, String typed) {
        if (throttled(userId)) {
            return Check.TOO_MANY;
        }
        int used = jdbc.sql("""
                        UPDATE identity_recovery_code SET used_at = ?
                        WHERE user_id = ? AND code_hash = ? AND used_at IS NULL""")
                .params(Timestamp.from(clock.instant()), userId, hash(typed))
                .update();
        if (used == 1) {
            return Check.ACCEPTED;
        }
        failed(userId);
        return Check.WRONG;
    }

    /**
     * Sets up (or replaces) the person's authenticator app with this key once they have typed a code it shows; the
     * code confirming it counts as used.
     */
    @Transactional
    public Check confirmApp(long userId, String key, String typed) {
        if (throttled(userId)) {
            return Check.TOO_MANY;
        }
        String code = digits(typed);
        long now = TotpCodes.step(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (code.equals(TotpCodes.code(key, step))) {
                store(userId, key, step);
                return Check.ACCEPTED;
            }
        }
        failed(userId);
        return Check.WRONG;
    }

    /** Gives the person a known key (the demo accounts' published key), as if they had set it up. */
    @Transactional
    public void enrolWithKey(long userId, String key) {
        store(userId, key, 0);
    }

    /** Replaces the person's recovery codes with {@link #RECOVERY_CODES} new ones, returned once and kept as hashes. */
    @Transactional
    public List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM identity_recovery_code WHERE user_id = ?")
                .param(userId)
                .update();
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] random = new byte[10];
            RANDOM.nextBytes(random);
            String code = TotpCodes.base32(random).toLowerCase().replaceAll("(.{4})(?!$)", "$1-");
            codes.add(code);
            jdbc.sql("INSERT INTO identity_recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)")
                    .params(userId, hash(code), now)
                    .update();
        }
        return codes;
    }

    /** How many of the person's recovery codes are still unused. */
    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("SELECT count(*) FROM identity_recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    /** Forgets the person's app, recovery codes and passkeys: they set up a second factor again at their next sign-in. */
    @Transactional
    public void reset(long userId) {
        jdbc.sql("DELETE FROM identity_totp WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM identity_recovery_code WHERE user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("DELETE FROM identity_second_factor_failure WHERE user_id = ?")
                .param(userId)
                .update();
        jdbc.sql("DELETE FROM identity_passkey WHERE user_id = ?").param(userId).update();
    }

    private void store(long userId, String key, long step) {
        jdbc.sql("""
                        INSERT INTO identity_totp (user_id, secret, last_step, confirmed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, last_step = excluded.last_step,
                                                            confirmed_at = excluded.confirmed_at""").params(userId, key, step, Timestamp.from(clock.instant())).update();
    }

    private boolean throttled(long userId) {
        Instant since = clock.instant().minus(FAILURE_WINDOW);
        jdbc.sql("DELETE FROM identity_second_factor_failure WHERE user_id = ? AND failed_at < ?")
                .params(userId, Timestamp.from(since))
                .update();
        return jdbc.sql("SELECT count(*) FROM identity_second_factor_failure WHERE user_id = ? AND failed_at >= ?")
                        .params(userId, Timestamp.from(since))
                        .query(Integer.class)
                        .single()
                >= WRONG_CODES_PER_MINUTE;
    }

    private void failed(long userId) {
        jdbc.sql("INSERT INTO identity_second_factor_failure (user_id, failed_at) VALUES (?, ?)")
                .params(userId, Timestamp.from(clock.instant()))
                .update();
    }

    private static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    private static String hash(String code) {
        String normalised = code == null ? "" : code.toLowerCase().replaceAll("[^a-z2-7]", "");
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
