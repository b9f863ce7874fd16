package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;

/**
 * Closing referrals: either side closes a live one with a reason (support finished, or no longer wanted), and an
 * organisation switched off closes all of its own. Each closing stops the organisation's clock.
 */
@Service
public class ReferralClosings {

    private final JdbcClient jdbc;
    private final ReferralSides sides;
    private final ReferralRows rows;
    private final ResponseClocks clocks;
    private final AuditLog auditLog;
    private final Clock clock;

    ReferralClosings(
            JdbcClient jdbc,
            ReferralSides sides,
            ReferralRows rows,
            ResponseClocks clocks,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.sides = sides;
        this.rows = rows;
        this.clocks = clocks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Closes a live referral, by the organisation or by staff who may see the case. */
    @Transactional
    public Referral close(StaffPrincipal person, UUID id, String reason) {
        Referral referral = sides.either(person, id);
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new InvalidInput("reason", "referrals.close.reasonMissing");
        }
        if (cleanReason.length() > 1000) {
            throw new InvalidInput("reason", "referrals.reasonTooLong");
        }
        if (!referral.status().isLive()) {
            throw new ConflictingState("referrals.close.notLive", PartnerReferrals.inSentence(referral.status()));
        }
        jdbc.sql("UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_reason = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), cleanReason, id)
                .update();
        clocks.cancel(id);
        return rows.get(id);
    }

    /**
     * An organisation that stops taking referrals cannot support the victims it had: its live referrals close, their
     * response clocks stop, each closure is audited, and the officers are told on My work until the victim is
     * referred again ({@link OfficerReferrals#stoppedFor}).
     */
    @EventListener
    void on(OrganisationSwitchedOff switchedOff) {
        String reason = "Closed because " + switchedOff.name()
                + " stopped taking referrals. Refer the victim to another organisation.";
        List<Closed> closed = jdbc.sql("""
                UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_reason = ?, organisation_stopped = TRUE
                WHERE organisation_id = ? AND status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE')
                RETURNING id, case_reference""")
                .params(Timestamp.from(switchedOff.at()), reason, switchedOff.organisationId())
                .query((rs, row) -> new Closed(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Closed referral : closed) {
            clocks.cancel(referral.id());
            auditLog.record(
                    AuditAction.ALTERATION,
                    "case",
                    referral.caseReference(),
                    "The organisation was switched off",
                    AuditOutcome.ALLOWED,
                    "Referral " + referral.id() + " closed: " + switchedOff.name() + " stopped taking referrals");
        }
    }

    private record Closed(UUID id, String caseReference) {}
}
