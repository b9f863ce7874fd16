package org.reassure.casework.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.NotFound;
import org.reassure.uploads.QuarantinedFiles;
import org.reassure.uploads.ScanStatus;
import org.reassure.uploads.Upload;
import org.reassure.uploads.Uploads;

/**
 * Evidence officers add to a case: a file made safe by the uploads module (its type read from its content, its
 * metadata stripped, scanned for malware), with what it is, who provided it, and when and how it was obtained. Only
 * the stripped content is stored. A file the scanner could not reach is held until the uploads module's release task
 * scans it again ({@link QuarantinedFiles}); one found infected then loses its content and keeps only its record.
 */
@Service
public class CaseEvidence implements QuarantinedFiles {

    /** Where a file comes from, for the audit log of a refusal. */
    public static final String WHERE = "case-evidence";

    /** The uploads module's message for each refusal: {@code uploads.problem.<PROBLEM>}. */
    private static final String UPLOAD_PROBLEM = "uploads.problem.";

    /** Why a file cannot be opened, by its scan status: {@code casework.problem.fileNotOpenable.<STATUS>}. */
    private static final String NOT_OPENABLE = "casework.problem.fileNotOpenable.";

    /** What an officer typed and chose on the form, as typed: the date as the three fields of a GOV.UK date input. */
    public record NewEvidence(
            String description, String providedBy, String day, String month, String year, String howObtained) {

        public static NewEvidence blank() {
            return new NewEvidence("", "", "", "", "", "");
        }
    }

    /** One file added by an officer, without its content. */
    public record Item(
            UUID id,
            String fileName,
            String contentType,
            int sizeBytes,
            String sha256,
            ScanStatus scan,
            String description,
            String providedBy,
            LocalDate obtainedOn,
            HowObtained howObtained,
            String addedBy,
            Instant addedAt) {

        /** The size as people read it, like "2.4 MB" or "310 KB". */
        public String size() {
            return Formats.fileSize(sizeBytes);
        }
    }

    /** A file with its content, for a download. */
    public record File(Item item, byte[] content) {}

    private static final String SELECT = """
            SELECT e.id, e.file_name, e.content_type, e.size_bytes, e.sha256, e.scan_status, e.description, e.provided_by,
                   e.obtained_on, e.how_obtained, e.added_by, e.added_at
            FROM case_evidence e JOIN hate_case c ON c.id = e.case_id""";

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Uploads uploads;
    private final CaseHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseEvidence(
            JdbcClient jdbc,
            Cases cases,
            Uploads uploads,
            CaseHistory history,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.uploads = uploads;
        this.history = history;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Refuses someone who may not add evidence to this case: the people who write notes on it, in its units. */
    public void requireMayAdd(StaffPrincipal staff, String reference) {
        CaseRules.requireCaseRole(staff);
        if (!CaseRules.writesOnCases(staff)) {
            throw new AccessDeniedException("Your role does not write on cases.");
        }
        cases.requireVisible(staff, reference);
    }

    /**
     * Adds a file with what the officer said about it, or refuses it with every problem found (the file's own under
     * {@code file}). The file is checked and scanned outside any transaction, so a slow scanner holds no lock.
     */
    public Item add(StaffPrincipal staff, String reference, NewEvidence input, String fileName, byte[] content) {
        requireMayAdd(staff, reference);
        FormErrors errors = new FormErrors();
        Upload.Accepted file = null;
        if (content == null || content.length == 0) {
            errors.add("file", "casework.problem.evidenceFileMissing");
        } else {
            Upload checked = uploads.check(fileName, content, WHERE);
            if (checked instanceof Upload.Refused refused) {
                errors.add("file", UPLOAD_PROBLEM + refused.problem().name());
            } else {
                file = (Upload.Accepted) checked;
            }
        }
        String description = CaseRules.blankToNull(input.description());
        if (description == null) {
            errors.add("description", "casework.problem.evidenceDescriptionMissing");
        } else if (description.length() > 2000) {
            errors.add("description", "casework.problem.evidenceDescriptionTooLong");
        }
        String providedBy = CaseRules.blankToNull(input.providedBy());
        if (providedBy != null && providedBy.length() > 200) {
            errors.add("providedBy", "casework.problem.evidenceProvidedByTooLong");
        }
        LocalDate obtainedOn = obtainedOn(input, errors);
        HowObtained how = Arrays.stream(HowObtained.values())
                .filter(value -> value.name().equals(input.howObtained()))
                .findFirst()
                .orElse(null);
        if (how == null) {
            errors.add("howObtained", "casework.problem.evidenceHowMissing");
        }
        errors.throwIfAny();
        Upload.Accepted safe = file;
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            UUID caseId = jdbc.sql("SELECT id FROM hate_case WHERE reference = ?")
                    .param(CaseRules.normalise(reference))
                    .query(UUID.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO case_evidence (id, case_id, file_name, content_type, size_bytes, sha256, content, scan_status,
                                               description, provided_by, obtained_on, how_obtained, added_by, added_at)
                    VALUES (?, ?, ?, ?, ?, encode(sha256(?), 'hex'), ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            caseId,
                            CaseRules.limit(safe.fileName(), 200),
                            safe.contentType(),
                            safe.content().length,
                            safe.content(),
                            safe.content(),
                            safe.scan().name(),
                            description,
                            providedBy,
                            Date.valueOf(obtainedOn),
                            how.name(),
                            staff.getUsername(),
                            Timestamp.from(clock.instant()))
                    .update();
            history.write(
                    caseId,
                    staff.getUsername(),
                    null,
                    null,
                    "Evidence added: " + CaseRules.limit(safe.fileName(), 200),
                    safe.scan() == ScanStatus.QUARANTINED ? "Held until the malware scanner can check it" : null);
        });
        return item(reference, id);
    }

    private LocalDate obtainedOn(NewEvidence input, FormErrors errors) {
        if (blank(input.day()) && blank(input.month()) && blank(input.year())) {
            errors.add("obtainedOn", "casework.problem.evidenceDateMissing");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(input.year().strip()),
                    Integer.parseInt(input.month().strip()),
                    Integer.parseInt(input.day().strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            errors.add("obtainedOn", "casework.problem.evidenceDateNotReal");
            return null;
        }
        if (date.isAfter(LocalDate.now(clock.withZone(Formats.UK)))) {
            errors.add("obtainedOn", "casework.problem.evidenceDateInFuture");
            return null;
        }
        if (date.getYear() < 1900) {
            errors.add("obtainedOn", "casework.problem.evidenceDateNotReal");
            return null;
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The files officers added to a case, oldest first. The caller has checked that the person may see the case. */
    @Transactional(readOnly = true)
    public List<Item> on(String reference) {
        return jdbc.sql(SELECT + " WHERE c.reference = ? ORDER BY e.added_at, e.id")
                .param(CaseRules.normalise(reference))
                .query((rs, n) -> item(rs))
                .list();
    }

    private Item item(String reference, UUID id) {
        return jdbc.sql(SELECT + " WHERE c.reference = ? AND e.id = ?")
                .params(CaseRules.normalise(reference), id)
                .query((rs, n) -> item(rs))
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchFile"));
    }

    /**
     * One file to download, for someone who may see the case: not found when it is not this case's, refused while it
     * waits to be scanned or after a virus was found in it.
     */
    @Transactional(readOnly = true)
    public File open(StaffPrincipal staff, String reference, UUID id) {
        cases.requireVisible(staff, reference);
        Item found = item(reference, id);
        if (!found.scan().openable()) {
            throw new ConflictingState(NOT_OPENABLE + found.scan().name());
        }
        byte[] content = jdbc.sql("SELECT content FROM case_evidence WHERE id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        return new File(found, content);
    }

    @Override
    public List<Held> held(int limit) {
        return jdbc.sql("""
                SELECT id, content FROM case_evidence WHERE scan_status = 'QUARANTINED'
                ORDER BY added_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getBytes(2)))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public int count() {
        return jdbc.sql("SELECT count(*) FROM case_evidence WHERE scan_status = 'QUARANTINED'")
                .query(Integer.class)
                .single();
    }

    @Override
    public void released(UUID id, ScanStatus outcome) {
        if (outcome == ScanStatus.QUARANTINED) {
            return;
        }
        if (outcome == ScanStatus.INFECTED) {
            record Removed(UUID caseId, String fileName) {}
            jdbc.sql("""
                    UPDATE case_evidence SET scan_status = 'INFECTED', content = NULL
                    WHERE id = ? AND scan_status = 'QUARANTINED' RETURNING case_id, file_name""")
                    .param(id)
                    .query((rs, n) -> new Removed(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list()
                    .forEach(removed -> history.write(
                            removed.caseId(),
                            "reassure",
                            null,
                            null,
                            "Evidence removed: a virus was found in " + removed.fileName(),
                            "The record of the file is kept; its content was deleted"));
            return;
        }
        jdbc.sql("UPDATE case_evidence SET scan_status = ? WHERE id = ? AND scan_status = 'QUARANTINED'")
                .params(outcome.name(), id)
                .update();
    }

    private static Item item(ResultSet rs) throws SQLException {
        return new Item(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                ScanStatus.valueOf(rs.getString("scan_status")),
                rs.getString("description"),
                rs.getString("provided_by"),
                rs.getDate("obtained_on").toLocalDate(),
                HowObtained.valueOf(rs.getString("how_obtained")),
                rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
