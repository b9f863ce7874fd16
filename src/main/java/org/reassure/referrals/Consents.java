package org.reassure.referrals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
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
import org.reassure.reporting.ReportSubmitted;

/**
 * The victim's consent to referral: given in the report (consent.referral) or recorded later by staff, per
 * organisation and purpose, listing the items that may be shared; withdrawable at any time. Withdrawal
 * closes the referrals made under it and erases what was shared, so that nothing more is shared.
 */
@Service
public class Consents {

    /** The words of the report's consent box (report.consent.referral), as the victim saw them. */
    static final String REPORT_WORDS = "The police may pass my details to a support organisation";

    static final String SELECT = """
            SELECT c.*, o.code AS organisation_code, o.name AS organisation_name
            FROM referral_consent c LEFT JOIN support_organisation o ON o.id = c.organisation_id
            """;

    public record NewConsent(
            String organisationCode,
            Collection<SharedItem> items,
            String words,
            ConsentChannel channel,
            String givenBy,
            Instant givenAt) {}

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Organisations organisations;
    private final ResponseClocks.Setter clocks;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Formats formats;

    Consents(
            JdbcClient jdbc,
            Cases cases,
            Organisations organisations,
            ResponseClocks.Setter clocks,
            AuditLog auditLog,
            Clock clock,
            Formats formats) {
        this.formats = formats;
        this.jdbc = jdbc;
        this.cases = cases;
        this.organisations = organisations;
        this.clocks = clocks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A report whose sender ticked "the police may pass my details to a support organisation" is consent, given then. */
    @ApplicationModuleListener
    void on(ReportSubmitted report) {
        if (!report.consentToReferral() || report.anonymous()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO referral_consent (id, case_reference, organisation_id, purpose, items, words, channel, given_by, given_at,
                                              recorded_by, recorded_at)
                VALUES (?, ?, NULL, 'SUPPORT', ?, ?, 'REPORT', ?, ?, 'reassure', ?) ON CONFLICT DO NOTHING""")
                .params(
                        UUID.randomUUID(),
                        report.reference(),
                        codes(SharedItem.REPORT_CONSENT),
                        REPORT_WORDS,
                        "VICTIM".equals(report.perceivedBy()) ? "VICTIM" : "REPRESENTATIVE",
                        Timestamp.from(report.receivedAt()),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Records consent the victim gave to staff; the person must be able to see the case. */
    @Transactional
    public Consent record(StaffPrincipal person, String reference, NewConsent consent) {
        cases.header(person, reference);
        FormErrors errors = new FormErrors();
        Organisation organisation = null;
        if (consent.organisationCode() == null || consent.organisationCode().isBlank()) {
            errors.add("organisation", "Select the organisation the victim agreed their details may go to");
        } else {
            organisation = organisations.find(consent.organisationCode()).orElse(null);
            if (organisation == null) {
                errors.add(
                        "organisation",
                        "There is no support organisation " + Organisations.normalise(consent.organisationCode()));
            }
        }
        if (consent.items() == null || consent.items().isEmpty()) {
            errors.add("items", "Select what the victim agreed may be shared");
        }
        String words = consent.words() == null ? "" : consent.words().strip();
        if (words.isEmpty()) {
            errors.add("words", "Enter the words you used to ask for consent, and the victim's answer");
        } else if (words.length() > 2000) {
            errors.add("words", "The words must be 2,000 characters or fewer");
        }
        if (consent.channel() == null || consent.channel() == ConsentChannel.REPORT) {
            errors.add("channel", "Select how the victim gave consent");
        }
        if (!"VICTIM".equals(consent.givenBy()) && !"REPRESENTATIVE".equals(consent.givenBy())) {
            errors.add("givenBy", "Select who gave consent");
        }
        Instant givenAt = consent.givenAt() == null ? clock.instant() : consent.givenAt();
        if (givenAt.isAfter(clock.instant())) {
            errors.add("givenAt", "The time consent was given must be now or in the past");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral_consent (id, case_reference, organisation_id, purpose, items, words, channel, given_by, given_at,
                                              recorded_by, recorded_at)
                VALUES (?, ?, ?, 'SUPPORT', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        normalise(reference),
                        organisation.id(),
                        codes(consent.items()),
                        words,
                        consent.channel().name(),
                        consent.givenBy(),
                        Timestamp.from(givenAt),
                        person.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        auditLog.record(
                AuditAction.COLLECTION,
                "case",
                normalise(reference),
                null,
                AuditOutcome.ALLOWED,
                "consent " + id + " to share " + codes(consent.items()).length + " items with " + organisation.code());
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
        if (!consent.caseReference().equals(normalise(reference))) {
            throw new NotFound("There is no such consent on this case.");
        }
        if (consent.withdrawn()) {
            throw new ConflictingState(
                    "This consent was already withdrawn on " + formats.dateTime(consent.withdrawnAt()) + ".");
        }
        if (channel == null) {
            throw new InvalidInput("channel", "Select how the victim withdrew consent");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new InvalidInput("note", "The note must be 1,000 characters or fewer");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE referral_consent SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_channel = ?, withdrawal_note = ?
                WHERE id = ? AND withdrawn_at IS NULL""")
                .params(Timestamp.from(now), person.getUsername(), channel.name(), cleanNote, consentId)
                .update();
        List<UUID> closed = jdbc.sql("""
                UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_reason = 'The victim withdrew their consent'
                WHERE consent_id = ? AND status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE') RETURNING id""")
                .params(Timestamp.from(now), consentId)
                .query(UUID.class)
                .list();
        jdbc.sql("DELETE FROM referral_item WHERE referral_id IN (SELECT id FROM referral WHERE consent_id = ?)")
                .param(consentId)
                .update();
        closed.forEach(clocks::cancel);
        auditLog.record(
                AuditAction.ALTERATION,
                "case",
                normalise(reference),
                cleanNote,
                AuditOutcome.ALLOWED,
                "consent " + consentId + " withdrawn; " + closed.size() + " referrals closed and shared data erased");
        return get(consentId);
    }

    /** The consents of a case, newest first (no access check: callers check the case first). */
    public List<Consent> forCase(String reference) {
        return jdbc.sql(SELECT + " WHERE c.case_reference = ? ORDER BY c.given_at DESC")
                .param(normalise(reference))
                .query(Consents::map)
                .list();
    }

    Consent get(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?")
                .param(id)
                .query(Consents::map)
                .optional()
                .orElseThrow(() -> new NotFound("There is no such consent."));
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
                Consent last = all.get(0);
                throw new InvalidInput(
                        "consent",
                        "The victim withdrew their consent to referral to " + organisation.name() + " on "
                                + formats.dateTime(last.withdrawnAt()) + ". Ask them again before referring");
            }
            throw new InvalidInput(
                    "consent",
                    "The victim has not consented to referral to " + organisation.name()
                            + ". Record their consent to referral first (consent.referral was not given in the report)");
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
        throw new InvalidInput(
                "items",
                "The victim's consent does not cover: "
                        + outside.stream().map(SharedItem::label).collect(Collectors.joining(", "))
                        + ". Share only what they agreed to, or record their consent to more");
    }

    static String[] codes(Collection<SharedItem> items) {
        return items.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    static Set<SharedItem> items(Array array) throws SQLException {
        Set<SharedItem> set = EnumSet.noneOf(SharedItem.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(SharedItem::valueOf).forEach(set::add);
        }
        return set;
    }

    static String normalise(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Consent map(ResultSet rs, int row) throws SQLException {
        String withdrawalChannel = rs.getString("withdrawal_channel");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                rs.getString("organisation_code"),
                rs.getString("organisation_name"),
                items(rs.getArray("items")),
                rs.getString("words"),
                ConsentChannel.valueOf(rs.getString("channel")),
                rs.getString("given_by"),
                instant(rs.getTimestamp("given_at")),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawn_by"),
                withdrawalChannel == null ? null : ConsentChannel.valueOf(withdrawalChannel),
                rs.getString("withdrawal_note"));
    }
}
