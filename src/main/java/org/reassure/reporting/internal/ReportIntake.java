package org.reassure.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.Formats;
import org.reassure.reporting.ContactWishes;
import org.reassure.reporting.DemoTracking;
import org.reassure.reporting.NewReport;
import org.reassure.reporting.ReportSubmitted;
import org.reassure.reporting.Reports.Channel;
import org.reassure.reporting.Reports.Receipt;
import org.reassure.reporting.Routing;

/**
 * Receiving a report from any channel: every field checked, the report and its people stored, routed to the unit
 * covering the place, and announced ({@link ReportSubmitted}) in the same transaction so that it becomes a case.
 */
@Component
public class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    private final JdbcClient jdbc;
    private final ReportValidator validator;
    private final Routing routing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportIntake(
            JdbcClient jdbc,
            ReportValidator validator,
            Routing routing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.routing = routing;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a report without keeping it, so that a form can show every problem at once. */
    public void check(NewReport report) {
        validator.validate(report);
    }

    @Transactional
    public Receipt submit(NewReport report, Origin origin) {
        Instant now = clock.instant();
        return store(validator.validate(report), origin, freeReference(now), Secrets.trackingCode(), now);
    }

    /** A report taken by a member of staff (phone, front counter, home visit), recorded with who entered it. */
    @Transactional
    public Receipt submitTakenBy(NewReport report, Channel channel, String staffUsername) {
        if (!channel.takenByStaff()) {
            throw new IllegalArgumentException("Not a staff channel: " + channel);
        }
        Receipt receipt = submit(report, Origin.of(channel));
        jdbc.sql("UPDATE report SET entered_by = ? WHERE reference = ?")
                .params(staffUsername, receipt.reference())
                .update();
        return receipt;
    }

    /** The demo report that the README's reference and tracking code open ({@link DemoTracking}); demo data only. */
    @Transactional
    public Receipt submitForDemo(NewReport report, Instant receivedAt) {
        return store(
                validator.validate(report),
                Origin.of(Channel.ONLINE),
                DemoTracking.REFERENCE,
                DemoTracking.TRACKING_CODE,
                receivedAt);
    }

    /**
     * A demo report under a reference case work's demo data has already given its case (a notified victim of
     * {@link DemoTracking}); demo data only.
     */
    @Transactional
    public Receipt submitForDemo(NewReport report, String reference, Instant receivedAt) {
        return store(
                validator.validate(report), Origin.of(Channel.ONLINE), reference, Secrets.trackingCode(), receivedAt);
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
                        : report.occurred().date().atStartOfDay(Formats.UK).toInstant();
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
        List<ReportSubmitted.Person> people = new ArrayList<>();
        if (report.victim() != null) {
            people.add(person("VICTIM", report.victim()));
        }
        if (report.reporter() != null) {
            people.add(person("VICTIM".equals(report.reporterRole()) ? "VICTIM" : "REPORTER", report.reporter()));
        }
        return List.copyOf(people);
    }

    private static ReportSubmitted.Person person(String role, CleanReport.CleanPerson person) {
        return new ReportSubmitted.Person(role, person.name(), person.email(), person.phone(), person.wishes());
    }

    private void person(UUID reportId, String role, CleanReport.CleanPerson person) {
        if (person == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO report_person (report_id, role, name, pronouns, email, phone, preferred_contact, safe_times, leave_message,
                    language, interpreter_needed, adjustments, spokesperson, allowed_channels)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
                        person.spokesperson(),
                        person.allowedChannels().toArray(String[]::new))
                .update();
        int position = 0;
        for (ContactWishes.Window window : person.safeWindows()) {
            jdbc.sql("""
                    INSERT INTO report_safe_window (report_id, role, position, days, from_time, to_time)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            reportId,
                            role,
                            ++position,
                            window.days().stream().map(DayOfWeek::name).toArray(String[]::new),
                            window.from(),
                            window.to())
                    .update();
        }
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
}
