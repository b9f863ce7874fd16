package org.reassure.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.uploads.QuarantinedFiles;
import org.reassure.uploads.ScanStatus;

/**
 * The reporters' evidence held in quarantine, on sent reports and in unsent drafts, for the uploads module to rescan
 * when the scanner answers again. A file found infected then keeps only its record on a report (its content is
 * removed), and is dropped from a draft.
 */
@Component
class HeldEvidence implements QuarantinedFiles {

    private final JdbcClient jdbc;

    HeldEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Held> held(int limit) {
        List<Held> held = new ArrayList<>(jdbc.sql("""
                SELECT id, content FROM report_evidence WHERE scan_status = 'QUARANTINED'
                ORDER BY added_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getBytes(2)))
                .list());
        if (held.size() < limit) {
            held.addAll(jdbc.sql("""
                    SELECT id, content FROM report_evidence_draft WHERE scan_status = 'QUARANTINED'
                    ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                    .param(limit - held.size())
                    .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getBytes(2)))
                    .list());
        }
        return held;
    }

    @Override
    public void released(UUID id, ScanStatus outcome) {
        if (outcome == ScanStatus.INFECTED) {
            jdbc.sql("""
                    UPDATE report_evidence SET scan_status = 'INFECTED', content = NULL
                    WHERE id = ? AND scan_status = 'QUARANTINED'""").param(id).update();
            jdbc.sql("DELETE FROM report_evidence_draft WHERE id = ?").param(id).update();
            return;
        }
        if (!outcome.openable()) {
            return;
        }
        jdbc.sql("UPDATE report_evidence SET scan_status = ? WHERE id = ? AND scan_status = 'QUARANTINED'")
                .params(outcome.name(), id)
                .update();
        jdbc.sql("UPDATE report_evidence_draft SET scan_status = ? WHERE id = ? AND scan_status = 'QUARANTINED'")
                .params(outcome.name(), id)
                .update();
    }

    @Override
    public int count() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM report_evidence WHERE scan_status = 'QUARANTINED')
                     + (SELECT count(*) FROM report_evidence_draft WHERE scan_status = 'QUARANTINED')""").query(Integer.class).single();
    }
}
