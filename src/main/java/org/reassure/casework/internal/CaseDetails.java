package org.reassure.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseFlag;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Channel;
import org.reassure.casework.Classification;
import org.reassure.casework.DecisionType;
import org.reassure.casework.ReviewStatus;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;

/** One case in full, read once the caller has checked that the person may see it. */
@Component
public class CaseDetails {

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;

    CaseDetails(JdbcClient jdbc, Units units, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
    }

    public CaseDetail read(UUID id) {
        return jdbc.sql("""
                SELECT c.*, f.name AS offence_name, f.aggravated, f.s66_uplift, ot.name AS outcome_name
                FROM hate_case c LEFT JOIN offence f ON f.code = c.offence_code LEFT JOIN outcome_type ot ON ot.code = c.outcome_code
                WHERE c.id = ?""").param(id).query((rs, n) -> detail(rs, id)).single();
    }

    private CaseDetail detail(ResultSet rs, UUID id) throws SQLException {
        long unitId = rs.getLong("unit_id");
        int outcome = rs.getInt("outcome_code");
        Integer outcomeCode = rs.wasNull() ? null : outcome;
        long officer = rs.getLong("officer_id");
        String officerName = rs.wasNull() ? null : accounts.get(officer).displayName();
        return new CaseDetail(
                rs.getString("reference"),
                CaseStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("anonymous"),
                rs.getTimestamp("received_at").toInstant(),
                instant(rs.getTimestamp("occurred_at")),
                units.findById(unitId).map(Unit::code).orElse(""),
                units.pathOf(unitId),
                officerName,
                rs.getBoolean("restricted"),
                rs.getBoolean("online"),
                strands(id),
                religions(id),
                rs.getString("perceived_by"),
                rs.getString("account"),
                rs.getString("hostility_reason"),
                recording(rs),
                flags(id),
                decisions(id),
                instant(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawal_reason"),
                outcomeCode,
                rs.getString("outcome_name"),
                history(id));
    }

    private static CaseDetail.Recording recording(ResultSet rs) throws SQLException {
        String classification = rs.getString("classification");
        if (classification == null) {
            return null;
        }
        return new CaseDetail.Recording(
                Classification.valueOf(classification),
                rs.getString("offence_code"),
                rs.getString("offence_name"),
                rs.getBoolean("aggravated"),
                rs.getBoolean("s66_uplift"),
                rs.getString("recording_reason"),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                rs.getString("review_status") == null ? null : ReviewStatus.valueOf(rs.getString("review_status")),
                rs.getString("review_comment"),
                rs.getString("reviewed_by"),
                bool(rs, "nchi_keep_subject_data"),
                rs.getString("nchi_subject_data_reason"),
                bool(rs, "nchi_notify_subject"),
                rs.getString("nchi_no_notification_reason"));
    }

    private List<CaseDetail.Strand> strands(UUID id) {
        return jdbc.sql("""
                SELECT st.code, st.name FROM case_strand s JOIN strand st ON st.code = s.strand_code
                WHERE s.case_id = ? ORDER BY st.sort_order""")
                .param(id)
                .query((r, n) -> new CaseDetail.Strand(r.getString(1), r.getString(2)))
                .list();
    }

    private List<String> religions(UUID id) {
        return jdbc.sql("""
                SELECT rc.name FROM case_religion r JOIN religion_category rc ON rc.code = r.category
                WHERE r.case_id = ? ORDER BY rc.sort_order""").param(id).query(String.class).list();
    }

    private List<CaseFlag> flags(UUID id) {
        return jdbc.sql("SELECT flag FROM case_flag WHERE case_id = ? ORDER BY flag")
                .param(id)
                .query((r, n) -> CaseFlag.valueOf(r.getString(1)))
                .list();
    }

    private List<CaseDetail.Decision> decisions(UUID id) {
        return jdbc.sql("""
                SELECT type, decided_at, recorded_by, note FROM case_decision WHERE case_id = ? ORDER BY decided_at, id""")
                .param(id)
                .query((r, n) -> new CaseDetail.Decision(
                        DecisionType.valueOf(r.getString("type")),
                        r.getTimestamp("decided_at").toInstant(),
                        r.getString("recorded_by"),
                        r.getString("note")))
                .list();
    }

    private List<CaseDetail.HistoryEntry> history(UUID id) {
        return jdbc.sql("""
                SELECT at, actor, from_status, to_status, what, reason FROM case_history WHERE case_id = ? ORDER BY at, id""")
                .param(id)
                .query((r, n) -> new CaseDetail.HistoryEntry(
                        r.getTimestamp("at").toInstant(),
                        r.getString("actor"),
                        status(r.getString("from_status")),
                        status(r.getString("to_status")),
                        r.getString("what"),
                        r.getString("reason")))
                .list();
    }

    private static CaseStatus status(String value) {
        return value == null ? null : CaseStatus.valueOf(value);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
