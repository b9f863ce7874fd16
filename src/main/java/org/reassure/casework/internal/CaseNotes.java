package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.reporting.ReportMessages;

/**
 * Officers' notes on a case (kept as written), links between cases that belong together, and the
 * officers' side of the secure messages with the person who reported (kept by reporting).
 */
@Service
public class CaseNotes {

    public record Note(String body, String author, Instant writtenAt) {}

    public record Link(String reference, String reason, String linkedBy, Instant linkedAt) {}

    private final JdbcClient jdbc;
    private final Cases cases;
    private final ReportMessages reportMessages;
    private final Clock clock;

    CaseNotes(JdbcClient jdbc, Cases cases, ReportMessages reportMessages, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.reportMessages = reportMessages;
        this.clock = clock;
    }

    /** A message to the person who reported, from a member of staff who works on the case. */
    @Transactional
    public void messageReporter(StaffPrincipal staff, String reference, String body) {
        open(staff, reference);
        String clean = CaseRules.normalise(reference);
        if (!reportMessages.available(clean)) {
            throw new ConflictingState("casework.problem.noOneToMessage");
        }
        reportMessages.fromOfficer(clean, staff.getUsername(), staff.displayName(), body);
        // Replying means the reporter's messages have been read.
        reportMessages.markReadByOfficers(clean);
    }

    /** The messages with the reporter, for someone who may see the case; opening them as a case worker marks them read. */
    @Transactional
    public List<ReportMessages.Message> messagesWithReporter(StaffPrincipal staff, String reference) {
        String clean = CaseRules.normalise(reference);
        cases.requireVisible(staff, clean);
        List<ReportMessages.Message> thread = reportMessages.on(clean);
        if (CaseRules.writesOnCases(staff)) {
            reportMessages.markReadByOfficers(clean);
        }
        return thread;
    }

    @Transactional
    public void write(StaffPrincipal staff, String reference, String body) {
        UUID caseId = open(staff, reference);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("note", "casework.problem.noteMissing");
        }
        if (text.length() > 5000) {
            throw new InvalidInput("note", "casework.problem.noteTooLong");
        }
        jdbc.sql("INSERT INTO case_note (case_id, body, author, written_at) VALUES (?, ?, ?, ?)")
                .params(caseId, text, staff.getUsername(), Timestamp.from(clock.instant()))
                .update();
    }

    public List<Note> on(String reference) {
        return jdbc.sql("""
                SELECT body, author, written_at FROM case_note WHERE case_id = (SELECT id FROM hate_case WHERE reference = ?)
                ORDER BY written_at DESC, id DESC""")
                .param(CaseRules.normalise(reference))
                .query((rs, n) -> new Note(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Links two cases the person can both see, with the reason (the same incident, the same offender, ...). */
    @Transactional
    public void link(StaffPrincipal staff, String reference, String otherReference, String reason) {
        UUID caseId = open(staff, reference);
        FormErrors errors = new FormErrors();
        String other = CaseRules.normalise(otherReference);
        if (other.isEmpty()) {
            errors.add("other", "casework.problem.linkReferenceMissing");
        } else if (other.equals(CaseRules.normalise(reference))) {
            errors.add("other", "casework.problem.linkToItself");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("linkReason", "casework.problem.linkReasonMissing");
        }
        errors.throwIfAny();
        UUID otherId = jdbc.sql("SELECT id FROM hate_case WHERE reference = ?")
                .param(other)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new InvalidInput("other", "casework.problem.noSuchCaseToLink", other));
        cases.requireVisible(staff, other);
        int added = jdbc.sql("""
                INSERT INTO case_link (case_id, linked_case_id, reason, linked_by, linked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(
                        caseId,
                        otherId,
                        reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip(),
                        staff.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        if (added == 0) {
            throw new ConflictingState("casework.problem.linkedAlready");
        }
    }

    /** Links in both directions: the cases this one was linked to, and those linked to it. */
    public List<Link> links(String reference) {
        return jdbc.sql("""
                SELECT o.reference, l.reason, l.linked_by, l.linked_at
                FROM hate_case c JOIN case_link l ON c.id IN (l.case_id, l.linked_case_id)
                     JOIN hate_case o ON o.id = CASE WHEN l.case_id = c.id THEN l.linked_case_id ELSE l.case_id END
                WHERE c.reference = ? ORDER BY l.linked_at""")
                .param(CaseRules.normalise(reference))
                .query((rs, n) -> new Link(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private UUID open(StaffPrincipal staff, String reference) {
        CaseRules.requireCaseRole(staff);
        if (!CaseRules.writesOnCases(staff)) {
            throw new AccessDeniedException("Your role does not write on cases.");
        }
        cases.requireVisible(staff, reference);
        return jdbc.sql("SELECT id FROM hate_case WHERE reference = ?")
                .param(CaseRules.normalise(reference))
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchCase", CaseRules.normalise(reference)));
    }
}
