package org.reassure.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * Personal API tokens. A token is 32 random bytes, shown once; only its SHA-256 is stored (a fast hash
 * is enough for a random secret of that length, and lets every request be checked quickly).
 */
@Service
public class ApiTokens {

    static final String PREFIX = "rsr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record TokenSummary(
            long id, String label, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record IssuedToken(long id, String token) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(long userId, String label) {
        String cleanLabel = label == null ? "" : label.strip();
        FormErrors errors = new FormErrors();
        if (cleanLabel.isEmpty()) {
            errors.add("label", "identity.token.labelMissing");
        } else if (cleanLabel.length() > 100) {
            errors.add("label", "identity.token.labelTooLong");
        }
        errors.throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql(
                        "INSERT INTO api_token (user_id, label, token_hash, prefix) VALUES (?, ?, ?, ?) RETURNING id")
                .params(userId, cleanLabel, hash(token), token.substring(0, PREFIX.length() + 6))
                .query(Long.class)
                .single();
        return new IssuedToken(id, token);
    }

    public List<TokenSummary> of(long userId) {
        return jdbc.sql("""
                SELECT id, label, prefix, created_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = ? ORDER BY revoked_at IS NOT NULL, created_at DESC""")
                .param(userId)
                .query((rs, row) -> new TokenSummary(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the person's own tokens; a token of someone else's is "not found". */
    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND user_id = ?")
                .params(Timestamp.from(clock.instant()), tokenId, userId)
                .update();
        if (changed == 0) {
            throw new NotFound("identity.token.notFound");
        }
    }

    /** The account a presented token belongs to, if the token is valid; marks it used. */
    @Transactional
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE api_token SET last_used_at = ? WHERE token_hash = ? AND revoked_at IS NULL RETURNING user_id""")
                .params(Timestamp.from(clock.instant()), hash(token))
                .query(Long.class)
                .optional();
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
