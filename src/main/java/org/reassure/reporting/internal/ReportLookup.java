package org.reassure.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.Formats;
import org.reassure.platform.NotFound;
import org.reassure.reporting.ReportAnswers;
import org.reassure.reporting.ReportProgress;
import org.reassure.reporting.Reports.CentreReport;
import org.reassure.reporting.Reports.Status;

/**
 * Telling the person who made a report (or the centre that made it for them) how it is going: found by reference and
 * tracking code, or by the centre's account, with the progress case work reports ({@link ReportProgress}).
 */
@Component
public class ReportLookup {

    private final JdbcClient jdbc;
    private final TrackingThrottle throttle;
    private final Optional<ReportProgress> progress;

    ReportLookup(JdbcClient jdbc, TrackingThrottle throttle, Optional<ReportProgress> progress) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.progress = progress;
    }

    /**
     * The report's status for someone holding its reference and tracking code. A wrong code and an unknown reference
     * are the same {@link NotFound}. A client that sent too many wrong codes is refused with {@link TooManyAttempts}
     * until it has waited; the right code from anyone else always opens the report.
     *
     * @param client the client's address, or null for a caller inside the service
     */
    @Transactional(noRollbackFor = NotFound.class)
    public Status track(String reference, String trackingCode, String client) {
        String cleanReference = Secrets.normaliseReference(reference);
        throttle.checkAllowed(client);
        Optional<Status> found = jdbc.sql(
                        "SELECT reference, received_at FROM report WHERE reference = ? AND tracking_code_hash = ?")
                .params(cleanReference, Secrets.hashOfCode(trackingCode))
                .query((rs, row) ->
                        new Status(rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .optional();
        if (found.isEmpty()) {
            throttle.recordFailure(cleanReference, client);
            throw new NotFound("reporting.notFound.tracked");
        }
        return withProgress(found.get());
    }

    /** The reports this third-party reporting centre made, newest first, with where each is now. */
    @Transactional(readOnly = true)
    public List<CentreReport> madeByCentre(String centreAccount) {
        return jdbc
                .sql("SELECT reference, received_at FROM report WHERE centre_account = ? ORDER BY received_at DESC")
                .param(centreAccount)
                .query((rs, row) ->
                        new Status(rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .list()
                .stream()
                .map(this::withProgress)
                .map(status -> new CentreReport(
                        status.reference(),
                        status.receivedAt(),
                        status.progress().status()))
                .toList();
    }

    /** The status of one report this centre made; any other reference, made or not, is the same {@link NotFound}. */
    @Transactional(readOnly = true)
    public Status statusForCentre(String centreAccount, String reference) {
        return jdbc.sql("SELECT reference, received_at FROM report WHERE reference = ? AND centre_account = ?")
                .params(Secrets.normaliseReference(reference), centreAccount)
                .query((rs, row) ->
                        new Status(rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .optional()
                .map(this::withProgress)
                .orElseThrow(() -> new NotFound("reporting.notFound.centreReport"));
    }

    /** Every answer given in the report, as given. */
    @Transactional(readOnly = true)
    public Optional<ReportAnswers> answers(String reference) {
        return jdbc.sql("SELECT * FROM report WHERE reference = ?")
                .param(reference)
                .query((rs, row) -> answers(rs))
                .optional();
    }

    private ReportAnswers answers(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Map<String, ReportAnswers.Person> people = new HashMap<>();
        jdbc.sql("SELECT * FROM report_person WHERE report_id = ?")
                .param(id)
                .query((p, n) -> people.put(
                        p.getString("role"),
                        new ReportAnswers.Person(
                                p.getString("name"),
                                p.getString("pronouns"),
                                p.getString("email"),
                                p.getString("phone"),
                                p.getString("preferred_contact"),
                                p.getString("language"),
                                bool(p, "interpreter_needed"),
                                p.getString("adjustments"),
                                p.getString("safe_times"),
                                jdbc.sql("""
                                        SELECT days, from_time, to_time FROM report_safe_window
                                        WHERE report_id = ? AND role = ? ORDER BY position""")
                                        .params(id, p.getString("role"))
                                        .query((w, k) -> new ReportAnswers.SafeWindow(
                                                List.of((String[]) w.getArray(1).getArray()),
                                                w.getTime(2).toLocalTime().toString(),
                                                w.getTime(3).toLocalTime().toString()))
                                        .list(),
                                List.of((String[])
                                        p.getArray("allowed_channels").getArray()),
                                bool(p, "leave_message"),
                                p.getString("spokesperson"))))
                .list();
        Timestamp occurredAt = rs.getTimestamp("occurred_at");
        Date occurredDate = rs.getDate("occurred_date");
        return new ReportAnswers(
                rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("channel"),
                rs.getString("centre_name"),
                rs.getString("entered_by"),
                rs.getString("reporter_role"),
                rs.getString("relationship"),
                rs.getBoolean("anonymous"),
                rs.getString("description"),
                blankToNull(rs.getString("hostility_reason")),
                rs.getBoolean("unsure"),
                jdbc.sql("SELECT strand_code FROM report_strand WHERE report_id = ? ORDER BY strand_code")
                        .param(id)
                        .query(String.class)
                        .list(),
                List.of((String[]) rs.getArray("religion_detail").getArray()),
                occurredAt == null ? null : occurredAt.toInstant(),
                occurredDate == null ? null : occurredDate.toLocalDate(),
                blankToNull(rs.getString("occurred_approx")),
                blankToNull(rs.getString("location_description")),
                blankToNull(rs.getString("postcode")),
                rs.getString("routed_unit_code"),
                rs.getBoolean("online"),
                blankToNull(rs.getString("online_platform")),
                blankToNull(rs.getString("online_url")),
                blankToNull(rs.getString("people_involved")),
                blankToNull(rs.getString("witnesses")),
                blankToNull(rs.getString("harm")),
                rs.getBoolean("consent_contact"),
                rs.getBoolean("consent_referral"),
                jdbc.sql("""
                        SELECT file_name, content_type, size_bytes, added_at FROM report_evidence
                        WHERE report_id = ? ORDER BY added_at, file_name""")
                        .param(id)
                        .query((e, n) -> new ReportAnswers.Evidence(
                                e.getString(1),
                                e.getString(2),
                                Formats.fileSize(e.getInt(3)),
                                e.getTimestamp(4).toInstant()))
                        .list(),
                people.get("REPORTER"),
                people.get("VICTIM"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The name of the third-party reporting centre that made this report, if one did. */
    @Transactional(readOnly = true)
    public Optional<String> centreOf(String reference) {
        return jdbc.sql("SELECT centre_name FROM report WHERE reference = ? AND centre_name IS NOT NULL")
                .param(reference)
                .query(String.class)
                .optional();
    }

    /** The status of a report whose tracking code was checked earlier in this visit. */
    @Transactional(readOnly = true)
    public Status statusOf(String reference) {
        return withProgress(jdbc.sql("SELECT reference, received_at FROM report WHERE reference = ?")
                .param(reference)
                .query((rs, row) ->
                        new Status(rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .single());
    }

    private Status withProgress(Status status) {
        ReportProgress.Progress current = progress.flatMap(p -> p.of(status.reference()))
                .orElse(new ReportProgress.Progress(
                        "REPORTED", null, List.of(new ReportProgress.Update(status.receivedAt(), "REPORTED"))));
        return new Status(status.reference(), status.receivedAt(), current);
    }
}
