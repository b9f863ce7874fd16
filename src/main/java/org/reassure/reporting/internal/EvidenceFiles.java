package org.reassure.reporting.internal;

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
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.platform.Formats;
import org.reassure.uploads.ScanStatus;
import org.reassure.uploads.Upload;
import org.reassure.uploads.UploadProblem;
import org.reassure.uploads.Uploads;

/**
 * Files a reporter adds to their report. Each is made safe by the uploads module before it is kept: its type read
 * from its content (a program renamed "photo.jpg" is refused), its metadata removed by re-encoding (no GPS position or
 * phone serial number survives), and scanned for malware. A file the scanner could not check yet is kept but held
 * ({@code QUARANTINED}) until {@link HeldEvidence} releases it.
 */
@Component
public class EvidenceFiles {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = Uploads.MAX_BYTES;

    /** Where these files come from, for the audit log of a refused file. */
    static final String WHERE = "public-report";

    public record Draft(UUID id, String fileName, String contentType, int sizeBytes, ScanStatus scanStatus) {

        /** The size as people read it, like "2.4 MB" or "310 KB". */
        public String size() {
            return Formats.fileSize(sizeBytes);
        }
    }

    /** The messages of this module's own refusals: no file chosen, and one file too many. */
    public static final String NO_FILE = "report.error.file.EMPTY";

    public static final String TOO_MANY = "report.error.file.TOO_MANY";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Uploads uploads;
    private final TransactionTemplate transaction;

    EvidenceFiles(JdbcClient jdbc, Clock clock, Uploads uploads, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.uploads = uploads;
        this.transaction = transaction;
    }

    /**
     * Adds a file to the draft, or says why it cannot be added: the key of the message for the person. The file is
     * checked and scanned before any transaction starts, so a slow scanner holds no lock.
     */
    public Optional<String> add(String draftKey, String fileName, byte[] content) {
        if (drafts(draftKey).size() >= MAX_FILES) {
            return Optional.of(TOO_MANY);
        }
        Upload upload = uploads.check(fileName, content, WHERE);
        if (upload instanceof Upload.Refused refused) {
            return Optional.of(problemKey(refused.problem()));
        }
        Upload.Accepted accepted = (Upload.Accepted) upload;
        return transaction.execute(status -> store(draftKey, accepted));
    }

    /** The message of an upload refused by the uploads module. */
    public static String problemKey(UploadProblem problem) {
        return "uploads.problem." + problem.name();
    }

    private Optional<String> store(String draftKey, Upload.Accepted file) {
        String keyHash = keyHash(draftKey);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(keyHash)
                .query()
                .singleRow();
        if (drafts(draftKey).size() >= MAX_FILES) {
            return Optional.of(TOO_MANY);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO report_evidence_draft (id, draft_key_hash, file_name, content_type, size_bytes, content, scan_status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        keyHash,
                        file.fileName(),
                        file.contentType(),
                        file.content().length,
                        file.content(),
                        file.scan().name(),
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
                SELECT id, file_name, content_type, size_bytes, scan_status FROM report_evidence_draft
                WHERE draft_key_hash = ? ORDER BY created_at, id""")
                .param(keyHash(draftKey))
                .query((rs, row) -> new Draft(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        ScanStatus.valueOf(rs.getString(5))))
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
                INSERT INTO report_evidence (id, report_id, file_name, content_type, size_bytes, sha256, content, scan_status, added_at)
                SELECT d.id, r.id, d.file_name, d.content_type, d.size_bytes, encode(sha256(d.content), 'hex'), d.content, d.scan_status,
                       d.created_at
                FROM report_evidence_draft d, report r WHERE d.draft_key_hash = ? AND r.reference = ?""").params(keyHash, reference).update();
        jdbc.sql("DELETE FROM report_evidence_draft WHERE draft_key_hash = ?")
                .param(keyHash)
                .update();
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
