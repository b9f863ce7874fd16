package org.reassure.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * The devices an administrator turned into kiosks. Each has a link with a long random token, shown once
 * and kept only as a hash; revoking the kiosk makes its link and its cookie worthless at once.
 */
@Component
public class KioskDevices {

    static final int TOKEN_LENGTH = 40;

    public record Device(
            UUID id, String name, String createdBy, Instant createdAt, String revokedBy, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A new kiosk and its token, which exists only in this answer. */
    public record Issued(Device device, String token) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    KioskDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(String name, String administrator) {
        String clean = Text.line(name);
        if (clean == null) {
            throw new InvalidInput("name", "reporting.kiosks.nameMissing");
        }
        if (clean.length() > 100) {
            throw new InvalidInput("name", "reporting.kiosks.nameTooLong");
        }
        String token = Secrets.random(TOKEN_LENGTH);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO kiosk_device (id, name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, clean, hash(token), administrator, Timestamp.from(clock.instant()))
                .update();
        return new Issued(get(id), token);
    }

    @Transactional
    public void revoke(UUID id, String administrator) {
        if (get(id).revoked()) {
            throw new ConflictingState("reporting.kiosks.revokedAlready");
        }
        jdbc.sql("UPDATE kiosk_device SET revoked_at = ?, revoked_by = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), administrator, id)
                .update();
    }

    public List<Device> all() {
        return jdbc.sql("SELECT * FROM kiosk_device ORDER BY revoked_at NULLS FIRST, created_at DESC")
                .query(KioskDevices::map)
                .list();
    }

    public Device get(UUID id) {
        return jdbc.sql("SELECT * FROM kiosk_device WHERE id = ?")
                .param(id)
                .query(KioskDevices::map)
                .optional()
                .orElseThrow(() -> new NotFound("reporting.kiosks.notFound"));
    }

    /** The kiosk this token turns a device into, while it is not revoked. */
    public Optional<Device> valid(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM kiosk_device WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token))
                .query(KioskDevices::map)
                .optional();
    }

    private static String hash(String token) {
        return Secrets.sha256("kiosk:" + token);
    }

    private static Device map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Device(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("revoked_by"),
                revoked == null ? null : revoked.toInstant());
    }
}
