package org.reassure.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a reporter adds to their report. The type is read from the file's first bytes, never from its
 * name or the browser's claim, so a program renamed "photo.jpg" is refused.
 */
@Component
public class EvidenceFiles {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public record Draft(UUID id, String fileName, String contentType, int sizeBytes) {

        /** The size as people read it, like "2.4 MB" or "310 KB". */
        public String size() {
            return FileSizes.inWords(sizeBytes);
        }
    }

    /** Why a file cannot be added; each has its message, {@code report.error.file.<PROBLEM>}. */
    public enum Problem {
        EMPTY,
        TOO_LARGE,
        WRONG_TYPE,
        TOO_MANY
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The content type the bytes really are, when it is one we accept. */
    static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'R', 'I', 'F', 'F')
                && content.length >= 12
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a file to the draft, or says why it cannot be added. */
    @Transactional
    public Optional<Problem> add(String draftKey, String fileName, byte[] content) {
        if (content.length == 0) {
            return Optional.of(Problem.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LARGE);
        }
        Optional<String> type = typeOf(content);
        if (type.isEmpty()) {
            return Optional.of(Problem.WRONG_TYPE);
        }
        String keyHash = keyHash(draftKey);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(keyHash)
                .query()
                .singleRow();
        if (drafts(draftKey).size() >= MAX_FILES) {
            return Optional.of(Problem.TOO_MANY);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO report_evidence_draft (id, draft_key_hash, file_name, content_type, size_bytes, content, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        keyHash,
                        cleanName(fileName),
                        type.get(),
                        content.length,
                        content,
                        Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM report_evidence_draft WHERE created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        return Optional.empty();
    }

    public List<Draft> drafts(String draftKey) {
        if (draftKey == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes FROM report_evidence_draft WHERE draft_key_hash = ? ORDER BY created_at, id""")
                .param(keyHash(draftKey))
                .query((rs, row) ->
                        new Draft(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    @Transactional
    public void remove(String draftKey, UUID id) {
        jdbc.sql("DELETE FROM report_evidence_draft WHERE id = ? AND draft_key_hash = ?")
                .params(id, keyHash(draftKey))
                .update();
    }

    /** Forgets every file of an unsent draft (a kiosk's "finish and clear"). */
    @Transactional
    public void discard(String draftKey) {
        if (draftKey != null) {
            jdbc.sql("DELETE FROM report_evidence_draft WHERE draft_key_hash = ?")
                    .param(keyHash(draftKey))
                    .update();
        }
    }

    /** Moves the draft's files onto the report just stored, in the same transaction. */
    void attach(String draftKey, String reference) {
        if (draftKey == null) {
            return;
        }
        String keyHash = keyHash(draftKey);
        jdbc.sql("""
                INSERT INTO report_evidence (id, report_id, file_name, content_type, size_bytes, sha256, content, added_at)
                SELECT d.id, r.id, d.file_name, d.content_type, d.size_bytes, encode(sha256(d.content), 'hex'), d.content, d.created_at
                FROM report_evidence_draft d, report r WHERE d.draft_key_hash = ? AND r.reference = ?""").params(keyHash, reference).update();
        jdbc.sql("DELETE FROM report_evidence_draft WHERE draft_key_hash = ?")
                .param(keyHash)
                .update();
    }

    /** The last part of the name the browser sent, without paths or control characters. */
    static String cleanName(String fileName) {
        String line = Text.line(fileName);
        if (line == null) {
            return "file";
        }
        String base = line.substring(Math.max(line.lastIndexOf('/'), line.lastIndexOf('\\')) + 1)
                .strip();
        if (base.isEmpty()) {
            return "file";
        }
        return base.codePointCount(0, base.length()) > 200
                ? base.substring(base.offsetByCodePoints(0, base.codePointCount(0, base.length()) - 200))
                : base;
    }

    private static String keyHash(String draftKey) {
        return Secrets.sha256("evidence-draft:" + draftKey);
    }

    public static String newDraftKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
