package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.ReferralCare;
import org.reassure.casework.CaseSummary;
import org.reassure.identity.StaffPrincipal;
import org.reassure.referrals.ReferralEvents;

/**
 * Sending a referral once it may be sent: the referral and a copy of each shared value are written, the organisation's
 * clock starts, the case's referral task is done, and the disclosure goes in the audit log.
 */
@Component
class Disclosures {

    private final JdbcClient jdbc;
    private final SharedValues values;
    private final ResponseClocks clocks;
    private final ReferralCare care;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Disclosures(
            JdbcClient jdbc,
            SharedValues values,
            ResponseClocks clocks,
            ReferralCare care,
            AuditLog auditLog,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.values = values;
        this.clocks = clocks;
        this.care = care;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What to send: to whom, under which consent (none: a supervisor's override, with its reason), and what. */
    record Sending(
            CaseSummary header,
            Organisation organisation,
            Consent consent,
            Set<SharedItem> items,
            String supportNeeds,
            String justification,
            String overrideReason) {}

    UUID send(StaffPrincipal person, Sending sending) {
        // To the microsecond, as PostgreSQL keeps it, so that the event says exactly the time recorded.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant respondBy = clocks.respondBy(now, sending.organisation().responseDays());
        UUID id = UUID.randomUUID();
        Consent consent = sending.consent();
        String reference = sending.header().reference();
        jdbc.sql("""
                INSERT INTO referral (id, case_reference, organisation_id, consent_id, status, items, justification, sent_at, sent_by,
                                      respond_by, override_by, override_reason)
                VALUES (?, ?, ?, ?, 'SENT', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        reference,
                        sending.organisation().id(),
                        consent == null ? null : consent.id(),
                        ItemCodes.of(sending.items()),
                        sending.justification(),
                        Timestamp.from(now),
                        person.getUsername(),
                        Timestamp.from(respondBy),
                        consent == null ? person.getUsername() : null,
                        sending.overrideReason())
                .update();
        values.of(sending.header(), sending.items(), sending.supportNeeds())
                .forEach((item, value) -> jdbc.sql(
                                "INSERT INTO referral_item (referral_id, item, value) VALUES (?, ?, ?)")
                        .params(id, item.name(), value)
                        .update());
        clocks.set(id, respondBy);
        care.referralSent(reference, now, person.getUsername());
        events.publishEvent(new ReferralEvents.ReferralMade(
                id,
                reference,
                sending.organisation().code(),
                sending.organisation().name(),
                sending.organisation().email(),
                person.getUsername(),
                now));
        String detail = "referral " + Referral.number(id) + " to "
                + sending.organisation().code() + "; items "
                + String.join(",", ItemCodes.of(sending.items()))
                + (consent == null
                        ? "; WITHOUT CONSENT, override by " + person.getUsername()
                        : "; under consent " + consent.id());
        auditLog.record(
                AuditAction.DISCLOSURE,
                "case",
                reference,
                consent == null ? sending.overrideReason() : sending.justification(),
                AuditOutcome.ALLOWED,
                detail);
        return id;
    }
}
