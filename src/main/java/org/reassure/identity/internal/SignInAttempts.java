package org.reassure.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.ReassureProperties;

/** Lock-out: wrong passwords in a row are counted, and at the limit the account is locked for a while. */
@Component
public class SignInAttempts {

    private final JdbcClient jdbc;
    private final ReassureProperties properties;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, ReassureProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts a wrong password for this (normalised) username; at the limit the account is locked for the configured
     * time.
     *
     * @return true when this failure locked the account
     */
    @Transactional
    public boolean failed(String username) {
        Instant lockUntil = clock.instant().plus(properties.lockDuration());
        return jdbc.sql("""
                UPDATE staff_user
                SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 ELSE failed_sign_ins + 1 END,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END
                WHERE username = ?
                RETURNING locked_until IS NOT NULL AND locked_until > now()""")
                .params(
                        properties.maxFailedSignIns(),
                        properties.maxFailedSignIns(),
                        Timestamp.from(lockUntil),
                        username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional
    public void succeeded(long id) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }
}
