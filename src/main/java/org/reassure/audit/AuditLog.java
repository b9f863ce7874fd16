package org.reassure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.Message;

/**
 * Writes and reads the audit log. Each entry's hash covers the previous entry's hash and its own fields,
 * so any later change to a stored row breaks the chain from that row on. Writers take a transaction-level
 * advisory lock so that entries from several nodes form one chain.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** The actor of what a command of the command line does. */
    public static final String COMMAND_LINE = "command-line";

    private static final long CHAIN_LOCK = 0x4155444954L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in (or "public"). Joins the caller's transaction if there is one. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            AuditAction action,
            String recordType,
            String recordId,
            String justification,
            AuditOutcome outcome,
            String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = "public";
        String roles = "";
        if (authentication != null
                && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName())) {
            actor = authentication.getName();
            roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> authority.substring(5))
                    .sorted()
                    .collect(Collectors.joining(","));
        }
        recordAs(actor, roles, action, recordType, recordId, justification, outcome, detail);
    }

    /**
     * Records what a command of the command line did, as the actor {@code command-line}; the justification is the
     * command as typed ({@code admin create-unit}), the detail optional.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordCommand(AuditAction action, String recordType, String recordId, String command, String detail) {
        recordAs(COMMAND_LINE, "", action, recordType, recordId, command, AuditOutcome.ALLOWED, detail);
    }

    /** Records an action by a named actor (a sign-in attempt, a command, the system itself). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actor,
            String actorRoles,
            AuditAction action,
            String recordType,
            String recordId,
            String justification,
            AuditOutcome outcome,
            String detail) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        Optional<Object[]> last = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
        String prevHash = last.map(row -> (String) row[1]).orElse(GENESIS);
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String requestId = MDC.get("requestId");
        AuditEntry entry = new AuditEntry(
                seq,
                at,
                limit(actor, 100),
                actorRoles == null ? "" : actorRoles,
                action,
                recordType,
                limit(recordId, 200),
                limit(justification, 2000),
                outcome,
                limit(detail, 2000),
                requestId,
                prevHash,
                null);
        String hash = hashOf(entry);
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, actor, actor_roles, action, record_type, record_id, justification,
                                         outcome, detail, request_id, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        seq,
                        Timestamp.from(at),
                        entry.actor(),
                        entry.actorRoles(),
                        action.name(),
                        recordType,
                        entry.recordId(),
                        entry.justification(),
                        outcome.name(),
                        entry.detail(),
                        requestId,
                        prevHash,
                        hash)
                .update();
    }

    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE record_type = ? AND record_id = ? ORDER BY seq")
                .params(recordType, recordId)
                .query(AuditLog::map)
                .list();
    }

    public List<AuditEntry> search(String actor, AuditAction action, AuditOutcome outcome, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_event
                WHERE (CAST(? AS TEXT) IS NULL OR actor = ?) AND (CAST(? AS TEXT) IS NULL OR action = ?)
                  AND (CAST(? AS TEXT) IS NULL OR outcome = ?)
                ORDER BY seq DESC LIMIT ?""")
                .params(actor, actor, name(action), name(action), name(outcome), name(outcome), limit)
                .query(AuditLog::map)
                .list();
    }

    /**
     * The result of checking the whole chain. {@code firstBroken} is the first entry that does not match, if any, and
     * {@code problem} says what is wrong with it.
     */
    public record Verification(long entriesChecked, Long firstBroken, Message problem) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    /** Recomputes every hash in order; reads in pages so that a long log is never held in memory. */
    @Transactional(readOnly = true)
    public Verification verify() {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = jdbc.sql("SELECT * FROM audit_event WHERE seq >= ? ORDER BY seq LIMIT 5000")
                    .param(expectedSeq)
                    .query(AuditLog::map)
                    .list();
            if (page.isEmpty()) {
                return new Verification(checked, null, null);
            }
            for (AuditEntry entry : page) {
                if (entry.seq() != expectedSeq) {
                    return new Verification(
                            checked, expectedSeq, Message.of("audit.verify.missing", Long.toString(expectedSeq)));
                }
                if (!entry.prevHash().equals(expectedPrev)) {
                    return new Verification(
                            checked, entry.seq(), Message.of("audit.verify.outOfOrder", Long.toString(entry.seq())));
                }
                if (!hashOf(entry).equals(entry.hash())) {
                    return new Verification(
                            checked, entry.seq(), Message.of("audit.verify.changed", Long.toString(entry.seq())));
                }
                expectedPrev = entry.hash();
                expectedSeq++;
                checked++;
            }
        }
    }

    static String hashOf(AuditEntry entry) {
        String canonical = String.join(
                "\u001f",
                entry.prevHash(),
                Long.toString(entry.seq()),
                entry.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                entry.actor(),
                nullSafe(entry.actorRoles()),
                entry.action().name(),
                entry.recordType(),
                nullSafe(entry.recordId()),
                nullSafe(entry.justification()),
                entry.outcome().name(),
                nullSafe(entry.detail()),
                nullSafe(entry.requestId()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }

    private static String limit(String value, int max) {
        return value == null ? null : value.length() <= max ? value : value.substring(0, max);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("justification"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"),
                rs.getString("request_id"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
