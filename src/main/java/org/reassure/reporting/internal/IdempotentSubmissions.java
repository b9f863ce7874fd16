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
 * The API's {@code Idempotency-Key}, scoped to the caller: the same key with the same body gives the first answer
 * again, with a different body it is a conflict. A partner's key belongs to its API token (another token's same key is
 * another key). A public key replays only to a retry that proves it made the first request, by sending the
 * {@code Idempotency-Secret} given with the first answer (or chosen by the caller and sent with the first request);
 * without it the retry is a conflict that does not include the tracking code. The first answer holds the tracking
 * code, which must not be kept readable, so it is stored encrypted with a key derived from the idempotency key, the
 * body and the secret (or the token): only the caller who sends them all again can read it. Keys are forgotten after a
 * day.
 */
@Component
public class IdempotentSubmissions {

    static final Duration KEPT_FOR = Duration.ofDays(1);
    static final int MIN_SECRET = 32;
    static final int MAX_SECRET = 255;
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

    /**
     * Who is asking: a partner by its API token (the proof is the token), or the public (the proof is the secret).
     *
     * @param token the bearer token sent, or null for the public
     * @param secret the {@code Idempotency-Secret} sent, or null
     */
    public record Caller(String token, String secret) {

        static final Caller PUBLIC = new Caller(null, null);

        boolean isPublic() {
            return token == null;
        }

        String scope() {
            return isPublic() ? "public" : "token:" + Secrets.sha256("token:" + token);
        }
    }

    /** The receipt, and for a public caller with a key the secret that a retry must send to see it again. */
    public record Submitted(Reports.Receipt receipt, String secret) {}

    @Transactional
    public Submitted submit(String idempotencyKey, Caller caller, NewReport report, Origin origin) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new Submitted(intake.submit(report, origin), null);
        }
        if (idempotencyKey.length() > 255) {
            throw new InvalidInput("Idempotency-Key", "reporting.api.idempotencyKeyTooLong");
        }
        String sent = caller.isPublic() ? caller.secret() : null;
        if (sent != null && !sent.matches("[\\x21-\\x7E]{" + MIN_SECRET + "," + MAX_SECRET + "}")) {
            throw new InvalidInput(
                    "Idempotency-Secret", "reporting.api.idempotencySecretLength", MIN_SECRET, MAX_SECRET);
        }
        String body = json.writeValueAsString(report);
        String keyHash = Secrets.sha256("idempotency:" + caller.scope() + "\n" + idempotencyKey);
        String bodyHash = Secrets.sha256("body:" + body);
        // Two requests with one key at once: the second waits, then sees the first's answer.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(keyHash)
                .query()
                .singleRow();
        Instant now = clock.instant();
        Optional<Stored> stored = jdbc.sql("""
                        SELECT body_hash, response, secret_hash FROM report_idempotency
                        WHERE key_hash = ? AND created_at > ?""")
                .params(keyHash, Timestamp.from(now.minus(KEPT_FOR)))
                .query((rs, row) -> new Stored(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
        if (stored.isPresent()) {
            if (!stored.get().bodyHash().equals(bodyHash)) {
                throw new ConflictingState("reporting.api.idempotencyKeyReused");
            }
            if (caller.isPublic()
                    && (sent == null
                            || !Secrets.sha256("secret:" + sent)
                                    .equals(stored.get().secretHash()))) {
                throw new ConflictingState("reporting.api.idempotencyKeyNeedsSecret");
            }
            return new Submitted(decrypt(stored.get().response(), material(idempotencyKey, body, caller, sent)), sent);
        }
        String secret = caller.isPublic() ? (sent != null ? sent : Secrets.random(40)) : null;
        Reports.Receipt receipt = intake.submit(report, origin);
        jdbc.sql("""
                INSERT INTO report_idempotency (key_hash, body_hash, response, created_at, secret_hash) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key_hash) DO UPDATE SET body_hash = EXCLUDED.body_hash, response = EXCLUDED.response,
                    created_at = EXCLUDED.created_at, secret_hash = EXCLUDED.secret_hash""")
                .params(
                        keyHash,
                        bodyHash,
                        encrypt(receipt, material(idempotencyKey, body, caller, secret)),
                        Timestamp.from(now),
                        secret == null ? null : Secrets.sha256("secret:" + secret))
                .update();
        jdbc.sql("DELETE FROM report_idempotency WHERE created_at < ?")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        return new Submitted(receipt, secret);
    }

    private record Stored(String bodyHash, byte[] response, String secretHash) {}

    /** What the answer's encryption key is derived from: all that the caller must send again to read it. */
    private static String material(String key, String body, Caller caller, String secret) {
        return caller.scope() + "\n" + (secret == null ? "" : secret) + "\n" + key + "\n" + body;
    }

    private static byte[] encrypt(Reports.Receipt receipt, String material) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, material, iv);
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

    private static Reports.Receipt decrypt(byte[] stored, String material) {
        try {
            byte[] iv = Arrays.copyOf(stored, 12);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, material, iv);
            String[] parts =
                    new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.UTF_8).split("\n");
            return new Reports.Receipt(parts[0], parts[1], Instant.parse(parts[2]));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Cipher cipher(int mode, String material, byte[] iv) throws GeneralSecurityException {
        byte[] secret = Secrets.digest(("idempotency-response:" + material).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }
}
