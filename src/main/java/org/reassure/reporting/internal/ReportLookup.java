package org.reassure.reporting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.NotFound;
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
     * are the same {@link NotFound}; too many wrong codes for a reference are refused with {@link TooManyAttempts},
     * right code or not, until the window passes.
     */
    @Transactional(noRollbackFor = NotFound.class)
    public Status track(String reference, String trackingCode) {
        String cleanReference = Secrets.normaliseReference(reference);
        throttle.checkAllowed(cleanReference);
        Optional<Status> found = jdbc.sql(
                        "SELECT reference, received_at FROM report WHERE reference = ? AND tracking_code_hash = ?")
                .params(cleanReference, Secrets.hashOfCode(trackingCode))
                .query((rs, row) ->
                        new Status(rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .optional();
        if (found.isEmpty()) {
            throttle.recordFailure(cleanReference);
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
