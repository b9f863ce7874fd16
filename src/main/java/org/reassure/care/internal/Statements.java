package org.reassure.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Formats;

/** Victim Personal Statements and Community Impact Statements as versions: adding one never changes an earlier one. */
@Service
public class Statements {

    private final JdbcClient jdbc;
    private final CareAccess access;
    private final Cases cases;
    private final StatementValidator validator;
    private final Clock clock;

    Statements(JdbcClient jdbc, CareAccess access, Cases cases, StatementValidator validator, Clock clock) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public Statement add(StaffPrincipal person, String reference, Statement.Draft draft) {
        String ref = access.contactingVictim(person, reference);
        validator
                .problems(
                        draft,
                        cases.facts(ref)
                                .orElseThrow()
                                .receivedAt()
                                .atZone(Formats.UK)
                                .toLocalDate())
                .throwIfAny();
        return record(ref, draft, person.getUsername());
    }

    /** Adds a validated statement as the next version of its kind. The caller has checked access. */
    public Statement record(String reference, Statement.Draft draft, String by) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('care_statement:' || ?))")
                .param(reference)
                .query()
                .singleRow();
        int version = jdbc.sql(
                        "SELECT coalesce(max(version), 0) + 1 FROM care_statement WHERE case_reference = ? AND kind = ?")
                .params(reference, draft.kind().name())
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO care_statement (id, case_reference, kind, version, body, taken_by, taken_on, read_aloud, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        reference,
                        draft.kind().name(),
                        version,
                        draft.body().strip(),
                        draft.takenBy().strip(),
                        draft.takenOn(),
                        draft.kind() == Statement.Kind.VICTIM_PERSONAL
                                ? draft.readAloud().name()
                                : null,
                        by,
                        Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("SELECT * FROM care_statement WHERE id = ?")
                .param(id)
                .query(Statements::statement)
                .single();
    }

    /** Every version of every statement of the case, newest first within each kind. */
    @Transactional(readOnly = true)
    public List<Statement> forCase(StaffPrincipal person, String reference) {
        String ref = access.seeing(person, reference);
        return jdbc.sql("SELECT * FROM care_statement WHERE case_reference = ? ORDER BY kind DESC, version DESC")
                .param(ref)
                .query(Statements::statement)
                .list();
    }

    private static Statement statement(ResultSet rs, int row) throws SQLException {
        String readAloud = rs.getString("read_aloud");
        return new Statement(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                Statement.Kind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                rs.getString("body"),
                rs.getString("taken_by"),
                rs.getObject("taken_on", LocalDate.class),
                readAloud == null ? null : Statement.ReadAloud.valueOf(readAloud),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
