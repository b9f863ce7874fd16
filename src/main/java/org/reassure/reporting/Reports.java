package org.reassure.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.NotFound;

/**
 * Receiving a report and telling its reporter how it is going: the one domain service behind the online
 * journey, the public API and "track my report".
 */
@Service
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

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
    public record Receipt(String reference, String trackingCode, Instant receivedAt) implements java.io.Serializable {}

    /**
     * A person named in a report, for case work's people and repeat-victim matching. {@code role} is
     * {@code VICTIM} (the victim, whether they reported it themselves or someone did for them) or
     * {@code REPORTER} (a witness, or someone reporting for the victim).
     */
    /** What the reporter may see of their report. */
    public record Status(String reference, Instant receivedAt, ReportProgress.Progress progress) {}

    /**
     * Who sent a report and how: the channel, and for a third-party reporting centre its account and name
     * (both null otherwise).
     */
    record Origin(Channel channel, String centreAccount, String centreName) {

        static Origin of(Channel channel) {
            if (channel == Channel.THIRD_PARTY) {
                throw new IllegalArgumentException("A third-party report names its centre");
            }
            return new Origin(channel, null, null);
        }

        static Origin centre(String account, String name) {
            return new Origin(Channel.THIRD_PARTY, account, name);
        }
    }

    /** A report a third-party reporting centre made, as the centre sees it. */
    public record CentreReport(String reference, Instant receivedAt, String status) {}

    private final JdbcClient jdbc;
    private final ReportValidator validator;
    private final Routing routing;
    private final TrackingThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Optional<ReportProgress> progress;
    private final Clock clock;

    Reports(
            JdbcClient jdbc,
            ReportValidator validator,
            Routing routing,
            TrackingThrottle throttle,
            ApplicationEventPublisher events,
            Optional<ReportProgress> progress,
            Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.routing = routing;
        this.throttle = throttle;
        this.events = events;
        this.progress = progress;
        this.clock = clock;
    }

    /** Checks and stores a report, and announces it so that it becomes a case. */
    @Transactional
    public Receipt submit(NewReport report, Channel channel) {
        return store(validator.validate(report), Origin.of(channel));
    }

    /** A report a third-party reporting centre made on someone's behalf; the centre is kept with it. */
    @Transactional
    public Receipt submitForCentre(NewReport report, String centreAccount, String centreName) {
        return store(validator.validate(report), Origin.centre(centreAccount, centreName));
    }

    @Transactional
    Receipt submit(NewReport report, Origin origin) {
        return store(validator.validate(report), origin);
    }

    /** Checks a report without keeping it, so that a form can show every problem at once. */
    public void check(NewReport report) {
        validator.validate(report);
    }

    /** A report taken by a member of staff (phone, front counter, home visit), recorded with who entered it. */
    @Transactional
    public Receipt submitTakenBy(NewReport report, Channel channel, String staffUsername) {
        if (!channel.takenByStaff()) {
            throw new IllegalArgumentException("Not a staff channel: " + channel);
        }
        Receipt receipt = store(validator.validate(report), Origin.of(channel));
        jdbc.sql("UPDATE report SET entered_by = ? WHERE reference = ?")
                .params(staffUsername, receipt.reference())
                .update();
        return receipt;
    }

    Receipt store(CleanReport report, Origin origin) {
        Instant now = clock.instant();
        return store(report, origin, freeReference(now), Secrets.trackingCode(), now);
    }

    /** The demo report that the README's reference and tracking code open ({@link DemoTracking}); demo data only. */
    @Transactional
    Receipt submitForDemo(NewReport report, Instant receivedAt) {
        return store(
                validator.validate(report),
                Origin.of(Channel.ONLINE),
                DemoTracking.REFERENCE,
                DemoTracking.TRACKING_CODE,
                receivedAt);
    }

    private Receipt store(CleanReport report, Origin origin, String reference, String code, Instant now) {
        Channel channel = origin.channel();
        UUID id = UUID.randomUUID();
        String unitCode = routing.unitFor(report.postcode()).orElse(null);
        Instant occurredAt =
                report.occurred() == null ? null : report.occurred().at();
        jdbc.sql("""
                INSERT INTO report (id, reference, tracking_code_hash, received_at, channel, reporter_role, relationship, anonymous,
                    description, hostility_reason, religion_detail, unsure, occurred_at, occurred_date, occurred_approx,
                    location_description, postcode, postcode_district, online, online_platform, online_url, people_involved,
                    witnesses, harm, consent_contact, consent_referral, routed_unit_code, centre_account, centre_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        reference,
                        Secrets.hashOfCode(code),
                        Timestamp.from(now),
                        channel.name(),
                        report.reporterRole(),
                        report.relationship(),
                        report.anonymous(),
                        report.description(),
                        report.hostilityReason(),
                        report.religion().toArray(String[]::new),
                        report.unsure(),
                        occurredAt == null ? null : Timestamp.from(occurredAt),
                        report.occurred() == null ? null : report.occurred().date(),
                        report.occurredApproximately(),
                        report.locationDescription(),
                        report.postcode(),
                        Text.district(report.postcode()),
                        report.online(),
                        report.onlinePlatform(),
                        report.onlineUrl(),
                        report.peopleInvolved(),
                        report.witnesses(),
                        report.harm(),
                        report.consentContact(),
                        report.consentReferral(),
                        unitCode,
                        origin.centreAccount(),
                        origin.centreName())
                .update();
        report.strands()
                .forEach(strand -> jdbc.sql("INSERT INTO report_strand (report_id, strand_code) VALUES (?, ?)")
                        .params(id, strand)
                        .update());
        if (!report.anonymous()) {
            person(id, "REPORTER", report.reporter());
            person(id, "VICTIM", report.victim());
        }
        Instant occurredOrDay = occurredAt != null
                ? occurredAt
                : report.occurred() == null
                        ? null
                        : report.occurred()
                                .date()
                                .atStartOfDay(org.reassure.platform.Formats.UK)
                                .toInstant();
        events.publishEvent(new ReportSubmitted(
                reference,
                now,
                channel.name(),
                report.anonymous(),
                report.perceivedBy(),
                report.description(),
                report.hostilityReason(),
                List.copyOf(report.strands()),
                occurredOrDay,
                report.online(),
                unitCode,
                report.contactGiven(),
                report.consentContact(),
                report.consentReferral(),
                List.copyOf(report.religion()),
                people(report)));
        log.info(
                "Report {} received ({}, routed to {})",
                reference,
                channel,
                unitCode == null ? "force triage" : unitCode);
        return new Receipt(reference, code, now);
    }

    /** The victim first, then the person reporting; a victim reporting for themselves is the victim. */
    private static List<ReportSubmitted.Person> people(CleanReport report) {
        if (report.anonymous()) {
            return List.of();
        }
        List<ReportSubmitted.Person> people = new java.util.ArrayList<>();
        if (report.victim() != null) {
            people.add(person("VICTIM", report.victim()));
        }
        if (report.reporter() != null) {
            people.add(person("VICTIM".equals(report.reporterRole()) ? "VICTIM" : "REPORTER", report.reporter()));
        }
        return List.copyOf(people);
    }

    private static ReportSubmitted.Person person(String role, CleanReport.CleanPerson person) {
        return new ReportSubmitted.Person(role, person.name(), person.email(), person.phone());
    }

    private void person(UUID reportId, String role, CleanReport.CleanPerson person) {
        if (person == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO report_person (report_id, role, name, pronouns, email, phone, preferred_contact, safe_times, leave_message,
                    language, interpreter_needed, adjustments, spokesperson)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reportId,
                        role,
                        person.name(),
                        person.pronouns(),
                        person.email(),
                        person.phone(),
                        person.preferredContact(),
                        person.safeTimes(),
                        person.leaveMessage(),
                        person.language(),
                        person.interpreterNeeded(),
                        person.adjustments(),
                        person.spokesperson())
                .update();
    }

    private String freeReference(Instant now) {
        while (true) {
            String candidate = Secrets.reference(Year.from(now.atZone(ZoneOffset.UTC)));
            if (jdbc.sql("SELECT count(*) FROM report WHERE reference = ?")
                            .param(candidate)
                            .query(Long.class)
                            .single()
                    == 0) {
                return candidate;
            }
        }
    }

    /**
     * The report's status for someone holding its reference and tracking code. A wrong code and an
     * unknown reference are the same {@link NotFound}; too many wrong codes for a reference are refused
     * with {@link TooManyAttempts}, right code or not, until the window passes.
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
            throw new NotFound("There is no report with that reference and tracking code.");
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
                .orElseThrow(() -> new NotFound("There is no report with that reference made by this centre."));
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
    Status statusOf(String reference) {
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
