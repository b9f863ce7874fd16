package org.reassure.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.referrals.ReferralEvents;

/**
 * The victim's consent to referral: given in the report ({@link ReportConsents}) or recorded later by staff, per
 * organisation and purpose, listing the items that may be shared; withdrawable at any time. Withdrawal closes the
 * referrals made under it and erases what was shared, so that nothing more is shared.
 */
@Service
public class Consents {

    static final String SELECT = """
            SELECT c.*, o.code AS organisation_code, o.name AS organisation_name
            FROM referral_consent c LEFT JOIN support_organisation o ON o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final ConsentValidator validator;
    private final ResponseClocks clocks;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Formats formats;
    private final ApplicationEventPublisher events;

    Consents(
            JdbcClient jdbc,
            Cases cases,
            ConsentValidator validator,
            ResponseClocks clocks,
            AuditLog auditLog,
            Clock clock,
            Formats formats,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.cases = cases;
        this.validator = validator;
        this.clocks = clocks;
        this.auditLog = auditLog;
        this.clock = clock;
        this.formats = formats;
    }

    /** Records consent the victim gave to staff; the person must be able to see the case. */
    @Transactional
    public Consent record(StaffPrincipal person, String reference, NewConsent consent) {
        cases.header(person, reference);
        FormErrors errors = new FormErrors();
        Organisation organisation = validator.check(consent, errors);
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral_consent (id, case_reference, organisation_id, purpose, items, words, channel, given_by, given_at,
                                              recorded_by, recorded_at)
                VALUES (?, ?, ?, 'SUPPORT', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ItemCodes.reference(reference),
                        organisation.id(),
                        ItemCodes.of(consent.items()),
                        ConsentValidator.words(consent),
                        consent.channel().name(),
                        consent.givenBy(),
                        Timestamp.from(validator.givenAt(consent)),
                        person.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        auditLog.record(
                AuditAction.COLLECTION,
                "case",
                ItemCodes.reference(reference),
                null,
                AuditOutcome.ALLOWED,
                "consent " + id + " to share " + ItemCodes.of(consent.items()).length + " items with "
                        + organisation.code());
        return get(id);
    }

    /**
     * The victim withdraws a consent: from now nothing more is shared under it. Live referrals made under it
     * close, the values shared are erased, and the organisation sees the withdrawal in its portal.
     */
    @Transactional
    public Consent withdraw(
            StaffPrincipal person, String reference, UUID consentId, ConsentChannel channel, String note) {
        cases.header(person, reference);
        Consent consent = get(consentId);
        if (!consent.caseReference().equals(ItemCodes.reference(reference))) {
            throw new NotFound("referrals.consent.notOnCase");
        }
        if (consent.withdrawn()) {
            throw new ConflictingState("referrals.consent.alreadyWithdrawn", formats.dateTime(consent.withdrawnAt()));
        }
        if (channel == null) {
            throw new InvalidInput("channel", "referrals.withdrawal.channelMissing");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new InvalidInput("note", "referrals.withdrawal.noteTooLong");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE referral_consent SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_channel = ?, withdrawal_note = ?
                WHERE id = ? AND withdrawn_at IS NULL""")
                .params(Timestamp.from(now), person.getUsername(), channel.name(), cleanNote, consentId)
                .update();
        List<ReferralEvents.ConsentWithdrawn> closedReferrals = jdbc.sql("""
                UPDATE referral r SET status = 'CLOSED', closed_at = ?, closed_reason = 'The victim withdrew their consent'
                FROM support_organisation o
                WHERE o.id = r.organisation_id AND r.consent_id = ? AND r.status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE')
                RETURNING r.id, o.code, o.name, o.email""")
                .params(Timestamp.from(now), consentId)
                .query((rs, n) -> {
                    UUID referral = rs.getObject("id", UUID.class);
                    return new ReferralEvents.ConsentWithdrawn(
                            referral,
                            Referral.number(referral),
                            consent.caseReference(),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("email"),
                            now.truncatedTo(ChronoUnit.MICROS));
                })
                .list();
        List<UUID> closed = closedReferrals.stream()
                .map(ReferralEvents.ConsentWithdrawn::referralId)
                .toList();
        jdbc.sql("DELETE FROM referral_item WHERE referral_id IN (SELECT id FROM referral WHERE consent_id = ?)")
                .param(consentId)
                .update();
        closed.forEach(clocks::cancel);
        closedReferrals.forEach(events::publishEvent);
        auditLog.record(
                AuditAction.ALTERATION,
                "case",
                ItemCodes.reference(reference),
                cleanNote,
                AuditOutcome.ALLOWED,
                "consent " + consentId + " withdrawn; " + closed.size() + " referrals closed and shared data erased");
        return get(consentId);
    }

    /** The consents of a case, newest first (no access check: callers check the case first). */
    public List<Consent> forCase(String reference) {
        return jdbc.sql(SELECT + " WHERE c.case_reference = ? ORDER BY c.given_at DESC")
                .param(ItemCodes.reference(reference))
                .query(Consents::map)
                .list();
    }

    /** The case's consents not withdrawn. */
    public List<Consent> liveForCase(String reference) {
        return forCase(reference).stream().filter(c -> !c.withdrawn()).toList();
    }

    /** One consent of a case the person may see; one of another case is not found. */
    public Consent onCase(StaffPrincipal person, String reference, String id) {
        cases.header(person, reference);
        return forCase(reference).stream()
                .filter(c -> c.id().toString().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("referrals.consent.notOnCase"));
    }

    Consent get(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?")
                .param(id)
                .query(Consents::map)
                .optional()
                .orElseThrow(() -> new NotFound("referrals.consent.notFound"));
    }

    /**
     * The live consent that allows sharing these items (or, with none asked for, the consent's own items) with
     * this organisation: one naming it first, then the report's. Refused with a message naming what is missing.
     */
    Consent covering(String reference, Organisation organisation, Set<SharedItem> requested) {
        List<Consent> all = forCase(reference).stream()
                .filter(c -> c.covers(organisation.code()))
                .toList();
        List<Consent> live = all.stream()
                .filter(c -> !c.withdrawn())
                .sorted(Comparator.comparing((Consent c) -> c.organisationCode() == null))
                .toList();
        if (live.isEmpty()) {
            if (!all.isEmpty()) {
                throw new InvalidInput(
                        "consent",
                        "referrals.consent.withdrawnBefore",
                        organisation.name(),
                        formats.dateTime(all.get(0).withdrawnAt()));
            }
            throw new InvalidInput("consent", "referrals.consent.missing", organisation.name());
        }
        if (requested == null || requested.isEmpty()) {
            return live.get(0);
        }
        Optional<Consent> full =
                live.stream().filter(c -> c.items().containsAll(requested)).findFirst();
        if (full.isPresent()) {
            return full.get();
        }
        Set<SharedItem> outside = EnumSet.copyOf(requested);
        outside.removeAll(live.get(0).items());
        throw new InvalidInput("items", "referrals.consent.notCovered", SharedItem.listed(outside));
    }

    static Consent map(ResultSet rs, int row) throws SQLException {
        String withdrawalChannel = rs.getString("withdrawal_channel");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                rs.getString("organisation_code"),
                rs.getString("organisation_name"),
                ItemCodes.items(rs.getArray("items")),
                rs.getString("words"),
                ConsentChannel.valueOf(rs.getString("channel")),
                rs.getString("given_by"),
                ItemCodes.instant(rs.getTimestamp("given_at")),
                rs.getString("recorded_by"),
                ItemCodes.instant(rs.getTimestamp("recorded_at")),
                ItemCodes.instant(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawn_by"),
                withdrawalChannel == null ? null : ConsentChannel.valueOf(withdrawalChannel),
                rs.getString("withdrawal_note"));
    }
}
