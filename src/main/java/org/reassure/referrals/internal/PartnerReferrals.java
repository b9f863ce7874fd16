package org.reassure.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;
import org.reassure.referrals.ReferralEvents;
import org.reassure.referrals.ReferralStatus;

/**
 * The support organisation's side: its own referrals with only the consented items (each view a disclosure in the
 * audit log), answered on its clock, then first contact. Another organisation's referral is not found.
 */
@Service
public class PartnerReferrals {

    private final JdbcClient jdbc;
    private final ReferralRows rows;
    private final ResponseClocks clocks;
    private final StaffAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PartnerReferrals(
            JdbcClient jdbc,
            ReferralRows rows,
            ResponseClocks clocks,
            StaffAccounts accounts,
            AuditLog auditLog,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.rows = rows;
        this.clocks = clocks;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The organisation accepts or declines (a reason is needed to decline); only while the referral waits for an answer. */
    @Transactional
    public PartnerReferral decide(StaffPrincipal partner, UUID id, Boolean accepted, String reason) {
        Referral referral = own(partner, id);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (accepted == null) {
            throw new InvalidInput("accepted", "referrals.answer.acceptedMissing");
        }
        if (!accepted && cleanReason == null) {
            throw new InvalidInput("reason", "referrals.answer.reasonMissing");
        }
        if (cleanReason != null && cleanReason.length() > 1000) {
            throw new InvalidInput("reason", "referrals.reasonTooLong");
        }
        if (referral.status() != ReferralStatus.SENT) {
            throw new ConflictingState("referrals.answer.alreadyAnswered", inSentence(referral.status()));
        }
        Instant now = clock.instant();
        int answered = jdbc.sql("""
                UPDATE referral SET status = ?, decided_at = ?, decided_by = ?, decline_reason = ? WHERE id = ? AND status = 'SENT'""")
                .params(
                        accepted ? "ACCEPTED" : "DECLINED",
                        Timestamp.from(now),
                        partner.getUsername(),
                        accepted ? null : cleanReason,
                        id)
                .update();
        clocks.cancel(id);
        if (answered > 0) {
            events.publishEvent(new ReferralEvents.ReferralAnswered(
                    id,
                    referral.caseReference(),
                    referral.organisationCode(),
                    referral.organisationName(),
                    accepted,
                    referral.sentBy(),
                    now.truncatedTo(ChronoUnit.MICROS)));
        }
        return view(partner, id, false);
    }

    /** The organisation made first contact with the victim; only after accepting. */
    @Transactional
    public PartnerReferral recordContact(StaffPrincipal partner, UUID id, Instant at) {
        Referral referral = own(partner, id);
        Instant when = at == null ? clock.instant() : at;
        if (when.isAfter(clock.instant())) {
            throw new InvalidInput("at", "referrals.contact.future");
        }
        if (when.isBefore(referral.sentAt())) {
            throw new InvalidInput("at", "referrals.contact.beforeSent");
        }
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw referral.status() == ReferralStatus.SENT
                    ? new ConflictingState("referrals.contact.acceptFirst")
                    : new ConflictingState("referrals.contact.notAccepted", inSentence(referral.status()));
        }
        jdbc.sql(
                        "UPDATE referral SET status = 'CONTACT_MADE', contact_made_at = ?, contact_recorded_by = ? WHERE id = ?")
                .params(Timestamp.from(when), partner.getUsername(), id)
                .update();
        return view(partner, id, false);
    }

    /** The referrals to the partner's own organisation, each with only the consented items. */
    @Transactional
    public List<PartnerReferral> forOrganisation(StaffPrincipal partner) {
        return rows.idsFor(requirePartner(partner)).stream()
                .map(id -> view(partner, id, true))
                .toList();
    }

    /** One referral to the partner's organisation; another organisation's is not found (404, audited by the caller). */
    @Transactional
    public PartnerReferral forPartner(StaffPrincipal partner, UUID id) {
        return view(partner, id, true);
    }

    /** The same, when the page is shown again after a form error (the view was disclosed and logged already). */
    @Transactional(readOnly = true)
    public PartnerReferral forPartnerQuietly(StaffPrincipal partner, UUID id) {
        return view(partner, id, false);
    }

    /** A referral to the partner's own organisation; never says whether another organisation's exists. */
    Referral own(StaffPrincipal partner, UUID id) {
        String code = requirePartner(partner);
        return rows.find(id)
                .filter(referral -> referral.organisationCode().equals(code))
                .orElseThrow(() -> new NotFound("referrals.referral.notFound"));
    }

    /** A referral's status inside a sentence: "already answered: accepted". */
    static Message inSentence(ReferralStatus status) {
        return Message.of(
                switch (status) {
                    case SENT -> "referrals.status.inSentence.SENT";
                    case ACCEPTED -> "referrals.status.inSentence.ACCEPTED";
                    case DECLINED -> "referrals.status.inSentence.DECLINED";
                    case CONTACT_MADE -> "referrals.status.inSentence.CONTACT_MADE";
                    case CLOSED -> "referrals.status.inSentence.CLOSED";
                });
    }

    private PartnerReferral view(StaffPrincipal partner, UUID id, boolean disclose) {
        Referral referral = own(partner, id);
        List<PartnerReferral.Item> items = rows.sharedItems(id);
        String officer = accounts.findByUsername(referral.sentBy())
                .map(a -> a.displayName())
                .orElse(referral.sentBy());
        if (disclose) {
            auditLog.record(
                    AuditAction.DISCLOSURE,
                    "referral",
                    referral.id().toString(),
                    "Partner portal: referral for support",
                    AuditOutcome.ALLOWED,
                    "recipient " + referral.organisationCode() + "; items "
                            + items.stream().map(i -> i.item().name()).collect(Collectors.joining(",")));
        }
        return new PartnerReferral(
                referral.id(),
                referral.number(),
                referral.organisationCode(),
                referral.status(),
                referral.sentAt(),
                referral.respondBy(),
                referral.responseLapsedAt() != null,
                items,
                referral.overridden(),
                rows.consentWithdrawnAt(referral.consentId()),
                referral.declineReason(),
                referral.contactMadeAt(),
                referral.closedAt(),
                referral.closedReason(),
                officer,
                referral.messages());
    }

    static String requirePartner(StaffPrincipal partner) {
        if (!partner.hasRole(Role.SUPPORT_ORGANISATION) || partner.organisationCode() == null) {
            throw new AccessDeniedException("Only a support organisation's users see its referrals.");
        }
        return partner.organisationCode();
    }
}
