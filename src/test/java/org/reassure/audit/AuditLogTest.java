package org.reassure.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ReassureTest
class AuditLogTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_database_refuses_to_update_an_audit_entry() {
        auditLog.recordAs(
                "tester", "", AuditAction.CONSULTATION, "case", "HC26-TEST-0001", "test", AuditOutcome.ALLOWED, null);
        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE audit_event SET actor = 'someone-else' WHERE record_id = 'HC26-TEST-0001'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void the_database_refuses_to_delete_or_truncate_audit_entries() {
        auditLog.recordAs(
                "tester", "", AuditAction.CONSULTATION, "case", "HC26-TEST-0002", "test", AuditOutcome.ALLOWED, null);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE record_id = 'HC26-TEST-0002'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void an_untouched_chain_verifies_as_intact() {
        auditLog.recordAs(
                "tester", "", AuditAction.DISCLOSURE, "export", "x", "quarterly return", AuditOutcome.ALLOWED, null);
        AuditLog.Verification result = auditLog.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entriesChecked()).isPositive();
    }

    @Test
    void an_entry_altered_behind_the_databases_back_breaks_the_chain_at_that_entry() {
        auditLog.recordAs(
                "tester",
                "",
                AuditAction.CONSULTATION,
                "case",
                "HC26-TAMPER-01",
                "looking",
                AuditOutcome.ALLOWED,
                null);
        long seq = jdbc.sql("SELECT seq FROM audit_event WHERE record_id = 'HC26-TAMPER-01'")
                .query(Long.class)
                .single();
        // Someone with superuser rights switches the guard off and rewrites history; the chain must notice.
        tamper("UPDATE audit_event SET justification = 'nothing to see' WHERE seq = " + seq);
        try {
            AuditLog.Verification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(seq);
            assertThat(Texts.english(result.problem())).contains("has been changed");
            Browser.Page page = new Browser(port).signedInAs("admin").post("/admin/audit/verify", Map.of());
            assertThat(page.body()).contains("The audit log has been altered", "Entry " + seq);
        } finally {
            tamper("UPDATE audit_event SET justification = 'looking' WHERE seq = " + seq);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void administrator_checks_the_chain_from_the_audit_page() {
        Browser admin = new Browser(port).signedInAs("admin");
        assertThat(admin.get("/admin/audit").body()).contains("Audit log", "Check the whole log has not been altered");
        Browser.Page result = admin.post("/admin/audit/verify", Map.of());
        assertThat(result.body()).contains("The audit log is intact", "entries checked");
    }

    @Test
    void audit_page_is_for_administrators_only() {
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/admin/audit")
                        .status())
                .isEqualTo(403);
    }

    private void tamper(String sql) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update")
                    .update();
            jdbc.sql(sql).update();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update")
                    .update();
        });
    }
}
