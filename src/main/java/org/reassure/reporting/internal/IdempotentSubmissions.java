package org.reassure.reporting.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.Reports;

/**
 * The API's {@code Idempotency-Key}: the same key with the same body gives the first answer again, with
 * a different body it is a conflict. The first answer holds the tracking code, which must not be kept
 * readable, so it is stored encrypted with a key derived from the idempotency key and the body: only a
 * caller who sends both again can read it. Keys are forgotten after a day.
 */
@Component
public class IdempotentSubmissions {

    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportIntake intake;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentSubmissions(ReportIntake intake, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Reports.Receipt submit(String idempotencyKey, NewReport report, Origin origin) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return intake.submit(report, origin);
        }
        if (idempotencyKey.length() > 255) {
            throw new InvalidInput("Idempotency-Key", "reporting.api.idempotencyKeyTooLong");
        }
        String body = json.writeValueAsString(report);
        String keyHash = Secrets.sha256("idempotency:" + idempotencyKey);
        String bodyHash = Secrets.sha256("body:" + body);
        // Two requests with one key at once: the second waits, then sees the first's answer.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(keyHash)
                .query()
                .singleRow();
        Instant now = clock.instant();
        Optional<Stored> stored = jdbc.sql(
                        "SELECT body_hash, response FROM report_idempotency WHERE key_hash = ? AND created_at > ?")
                .params(keyHash, Timestamp.from(now.minus(KEPT_FOR)))
                .query((rs, row) -> new Stored(rs.getString(1), rs.getBytes(2)))
                .optional();
        if (stored.isPresent()) {
            if (!stored.get().bodyHash().equals(bodyHash)) {
                throw new ConflictingState("reporting.api.idempotencyKeyReused");
            }
            return decrypt(stored.get().response(), idempotencyKey, body);
        }
        Reports.Receipt receipt = intake.submit(report, origin);
        jdbc.sql("""
                INSERT INTO report_idempotency (key_hash, body_hash, response, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (key_hash) DO UPDATE SET body_hash = EXCLUDED.body_hash, response = EXCLUDED.response,
                    created_at = EXCLUDED.created_at""")
                .params(keyHash, bodyHash, encrypt(receipt, idempotencyKey, body), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM report_idempotency WHERE created_at < ?")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        return receipt;
    }

    private record Stored(String bodyHash, byte[] response) {}

    private static byte[] encrypt(Reports.Receipt receipt, String key, String body) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, body, iv);
            String plain = receipt.reference() + "\n" + receipt.trackingCode() + "\n" + receipt.receivedAt();
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Reports.Receipt decrypt(byte[] stored, String key, String body) {
        try {
            byte[] iv = Arrays.copyOf(stored, 12);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, body, iv);
            String[] parts =
                    new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.UTF_8).split("\n");
            return new Reports.Receipt(parts[0], parts[1], Instant.parse(parts[2]));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Cipher cipher(int mode, String key, String body, byte[] iv) throws GeneralSecurityException {
        byte[] secret = Secrets.digest(("idempotency-response:" + key + "\n" + body).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }
}
