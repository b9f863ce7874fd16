package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.casework.CaseFlag;
import org.reassure.casework.Classification;
import org.reassure.casework.RecordingDecision;
import org.reassure.identity.StaffPrincipal;

/** Writes a checked recording decision: the case's classification and reasons, then its strands, religions and flags. */
public final class RecordingWriter {

    private final JdbcClient jdbc;

    public RecordingWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(
            CaseFile file,
            StaffPrincipal person,
            RecordingDecision decision,
            List<String> strandCodes,
            List<String> religionCodes,
            Instant now) {
        RecordingDecision.NchiAssessment nchi =
                decision.classification() == Classification.NCHI ? decision.nchi() : null;
        jdbc.sql("""
                UPDATE hate_case SET status = ?, classification = ?, offence_code = ?, recording_reason = ?, recorded_by = ?,
                       recorded_at = ?, review_status = 'PENDING', review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL,
                       nchi_keep_subject_data = ?, nchi_subject_data_reason = ?, nchi_notify_subject = ?,
                       nchi_no_notification_reason = ?, online = online OR ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        file.status().name(),
                        decision.classification().name(),
                        decision.classification() == Classification.CRIME
                                ? decision.offenceCode().trim().toUpperCase()
                                : null,
                        decision.reason().strip(),
                        person.getUsername(),
                        Timestamp.from(now),
                        nchi == null ? null : nchi.keepSubjectData(),
                        nchi == null ? null : CaseRules.blankToNull(nchi.subjectDataReason()),
                        nchi == null ? null : nchi.notifySubject(),
                        nchi == null ? null : CaseRules.blankToNull(nchi.noNotificationReason()),
                        decision.flags() != null && decision.flags().contains(CaseFlag.ONLINE),
                        Timestamp.from(now),
                        file.id())
                .update();
        if (decision.classification() == Classification.NO_RECORD) {
            return;
        }
        UUID id = file.id();
        jdbc.sql("DELETE FROM case_strand WHERE case_id = ?").param(id).update();
        strandCodes.forEach(code -> jdbc.sql("INSERT INTO case_strand (case_id, strand_code) VALUES (?, ?)")
                .params(id, code)
                .update());
        jdbc.sql("DELETE FROM case_religion WHERE case_id = ?").param(id).update();
        religionCodes.forEach(code -> jdbc.sql("INSERT INTO case_religion (case_id, category) VALUES (?, ?)")
                .params(id, code)
                .update());
        jdbc.sql("DELETE FROM case_flag WHERE case_id = ?").param(id).update();
        if (decision.flags() != null) {
            decision.flags()
                    .forEach(flag -> jdbc.sql("INSERT INTO case_flag (case_id, flag) VALUES (?, ?)")
                            .params(id, flag.name())
                            .update());
        }
    }
}
