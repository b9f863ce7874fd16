package org.reassure.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.reporting.internal.Origin;
import org.reassure.reporting.internal.ReportIntake;
import org.reassure.reporting.internal.ReportLookup;

/**
 * Receiving a report and telling its reporter how it is going: what other modules use of the service behind the
 * online journey, the public API and "track my report" (staff take reports by phone or at the front counter through
 * it, and case pages name the centre that made a report).
 */
@Service
public class Reports {

    /** How the report arrived: the last three are reports taken by staff. */
    public enum Channel {
        ONLINE,
        THIRD_PARTY,
        KIOSK,
        PHONE,
        FRONT_COUNTER,
        HOME_VISIT;

        public boolean takenByStaff() {
            return this == PHONE || this == FRONT_COUNTER || this == HOME_VISIT;
        }
    }

    /** What the reporter is given, once: the tracking code is never stored and cannot be shown again. */
    public record Receipt(String reference, String trackingCode, Instant receivedAt) implements Serializable {}

    /** What the reporter may see of their report. */
    public record Status(String reference, Instant receivedAt, ReportProgress.Progress progress) {}

    /** A report a third-party reporting centre made, as the centre sees it. */
    public record CentreReport(String reference, Instant receivedAt, String status) {}

    private final ReportIntake intake;
    private final ReportLookup lookup;

    Reports(ReportIntake intake, ReportLookup lookup) {
        this.intake = intake;
        this.lookup = lookup;
    }

    /** Checks and stores a report, and announces it ({@link ReportSubmitted}) so that it becomes a case. */
    public Receipt submit(NewReport report, Channel channel) {
        return intake.submit(report, Origin.of(channel));
    }

    /** A report a third-party reporting centre made on someone's behalf; the centre is kept with it. */
    public Receipt submitForCentre(NewReport report, String centreAccount, String centreName) {
        return intake.submit(report, Origin.centre(centreAccount, centreName));
    }

    /** Checks a report without keeping it, so that a form can show every problem at once ({@link InvalidInput}). */
    public void check(NewReport report) {
        intake.check(report);
    }

    /** A report taken by a member of staff (phone, front counter, home visit), recorded with who entered it. */
    public Receipt submitTakenBy(NewReport report, Channel channel, String staffUsername) {
        return intake.submitTakenBy(report, channel, staffUsername);
    }

    /**
     * The report's status for someone holding its reference and tracking code; a wrong code and an unknown reference
     * are the same {@link NotFound}.
     */
    public Status track(String reference, String trackingCode) {
        return lookup.track(reference, trackingCode, null);
    }

    /** The reports this third-party reporting centre made, newest first, with where each is now. */
    public List<CentreReport> madeByCentre(String centreAccount) {
        return lookup.madeByCentre(centreAccount);
    }

    /** The status of one report this centre made; any other reference, made or not, is the same {@link NotFound}. */
    public Status statusForCentre(String centreAccount, String reference) {
        return lookup.statusForCentre(centreAccount, reference);
    }

    /**
     * Every answer given in the report, for staff who may see its case (the caller checks that: this module does not
     * know about units). Empty for a case that did not start as a report.
     */
    public Optional<ReportAnswers> answers(String reference) {
        return lookup.answers(reference);
    }

    /** The name of the third-party reporting centre that made this report, if one did. */
    public Optional<String> centreOf(String reference) {
        return lookup.centreOf(reference);
    }
}
