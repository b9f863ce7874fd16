package org.reassure.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.care.ReferralCare;
import org.reassure.care.WorkingDays;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Cases;
import org.reassure.casework.People;
import org.reassure.casework.Person;
import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;
import org.reassure.reporting.VictimPreferences;

/**
 * Referrals to support organisations: sent only under the victim's live consent (or a supervisor's recorded
 * override), sharing only consented items; answered by the organisation on its own clock; followed by
 * first contact and closing. Each send and each view by the organisation is a disclosure in the audit log.
 */
@Service
public class Referrals {

    static final String DEFAULT_JUSTIFICATION =
            "Referral for support, with the victim's consent (Victims' Code, right 4)";

    /** The roles that may send a referral without consent, giving a reason: a supervisor answers for it. */
    static final Role OVERRIDE_ROLE = Role.SUPERVISOR;

    public record NewReferral(
            String organisationCode,
            Set<SharedItem> items,
            String supportNeeds,
            String justification,
            String overrideReason) {}

    private static final String SELECT = """
            SELECT r.*, o.code AS organisation_code, o.name AS organisation_name FROM referral r
            JOIN support_organisation o ON o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final People people;
    private final Strands strands;
    private final VictimPreferences preferences;
    private final Organisations organisations;
    private final Consents consents;
    private final ResponseClocks.Setter clocks;
    private final WorkingDays workingDays;
    private final ReferralCare care;
    private final StaffAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    Referrals(
            JdbcClient jdbc,
            Cases cases,
            People people,
            Strands strands,
            VictimPreferences preferences,
            Organisations organisations,
            Consents consents,
            ResponseClocks.Setter clocks,
            WorkingDays workingDays,
            ReferralCare care,
            StaffAccounts accounts,
            AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.people = people;
        this.strands = strands;
        this.preferences = preferences;
        this.organisations = organisations;
        this.consents = consents;
        this.clocks = clocks;
        this.workingDays = workingDays;
        this.care = care;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Sends a referral: refused (422) without live consent covering the organisation and the items, unless a
     * supervisor overrides with a reason; to an unknown or inactive organisation (422); twice (409).
     */
    @Transactional
    public Referral send(StaffPrincipal person, String reference, NewReferral request) {
        CaseSummary header = cases.header(person, reference);
        if (header.status() == CaseStatus.CLOSED) {
            throw new ConflictingState("This case is closed. Reopen it before referring the victim.");
        }
        if (request.organisationCode() == null || request.organisationCode().isBlank()) {
            throw new InvalidInput("organisation", "Select the organisation to refer the victim to");
        }
        Organisation organisation = organisations
                .find(request.organisationCode())
                .orElseThrow(() -> new InvalidInput(
                        "organisation",
                        "There is no support organisation " + Organisations.normalise(request.organisationCode())));
        if (!organisation.active()) {
            throw new InvalidInput(
                    "organisation", organisation.name() + " is not taking referrals through this service");
        }
        String justification =
                request.justification() == null || request.justification().isBlank()
                        ? DEFAULT_JUSTIFICATION
                        : request.justification().strip();
        String supportNeeds =
                request.supportNeeds() == null ? "" : request.supportNeeds().strip();
        FormErrors errors = new FormErrors();
        if (justification.length() > 1000) {
            errors.add("justification", "The reason for sharing must be 1,000 characters or fewer");
        }
        if (supportNeeds.length() > 2000) {
            errors.add("supportNeeds", "What support they would like must be 2,000 characters or fewer");
        }
        errors.throwIfAny();
        Set<SharedItem> requested = EnumSet.noneOf(SharedItem.class);
        if (request.items() != null) {
            requested.addAll(noNull(request.items()));
        }
        String overrideReason =
                request.overrideReason() == null || request.overrideReason().isBlank()
                        ? null
                        : request.overrideReason().strip();
        Consent consent;
        Set<SharedItem> items;
        try {
            consent = consents.covering(header.reference(), organisation, requested);
            items = requested.isEmpty() ? consent.items() : requested;
        } catch (InvalidInput refused) {
            if (overrideReason == null) {
                throw refused;
            }
            if (!person.hasRole(OVERRIDE_ROLE)) {
                throw new InvalidInput("overrideReason", "Only a supervisor can refer without the victim's consent");
            }
            if (overrideReason.length() > 1000) {
                throw new InvalidInput("overrideReason", "The reason must be 1,000 characters or fewer");
            }
            if (requested.isEmpty()) {
                throw new InvalidInput(
                        "items", "Select what to share: with no consent, share only what the organisation needs");
            }
            consent = null;
            items = requested;
        }
        if (items.contains(SharedItem.SUPPORT_NEEDS) && supportNeeds.isEmpty()) {
            throw new InvalidInput("supportNeeds", "Enter what support the victim would like");
        }
        if (jdbc.sql(
                                "SELECT count(*) FROM referral WHERE case_reference = ? AND organisation_id = ? AND status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE')")
                        .params(header.reference(), organisation.id())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictingState("The victim has already been referred to " + organisation.name() + ".");
        }
        Instant now = clock.instant();
        Instant respondBy = workingDays.endOfWorkingDayAfter(now, organisation.responseDays());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, case_reference, organisation_id, consent_id, status, items, justification, sent_at, sent_by,
                                      respond_by, override_by, override_reason)
                VALUES (?, ?, ?, ?, 'SENT', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        header.reference(),
                        organisation.id(),
                        consent == null ? null : consent.id(),
                        Consents.codes(items),
                        justification,
                        Timestamp.from(now),
                        person.getUsername(),
                        Timestamp.from(respondBy),
                        consent == null ? person.getUsername() : null,
                        overrideReason)
                .update();
        snapshot(header, items, supportNeeds)
                .forEach((item, value) -> jdbc.sql(
                                "INSERT INTO referral_item (referral_id, item, value) VALUES (?, ?, ?)")
                        .params(id, item.name(), value)
                        .update());
        clocks.set(id, respondBy);
        care.referralSent(header.reference(), now, person.getUsername());
        String detail = "referral " + Referral.number(id) + " to " + organisation.code() + "; items "
                + String.join(",", Consents.codes(items))
                + (consent == null
                        ? "; WITHOUT CONSENT, override by " + person.getUsername()
                        : "; under consent " + consent.id());
        auditLog.record(
                AuditAction.DISCLOSURE,
                "case",
                header.reference(),
                consent == null ? overrideReason : justification,
                AuditOutcome.ALLOWED,
                detail);
        return get(id);
    }

    /** The values of the items to share, read now: the organisation gets a copy of these and nothing else. */
    private Map<SharedItem, String> snapshot(CaseSummary header, Set<SharedItem> items, String supportNeeds) {
        List<Person> onCase = people.onCase(header.reference());
        Person victim = onCase.stream()
                .filter(p -> p.role().isVictim())
                .findFirst()
                .or(() -> onCase.stream()
                        .filter(p -> p.role() == org.reassure.casework.PersonRole.REPORTER)
                        .findFirst())
                .orElse(null);
        VictimPreferences.Preferences said = preferences.of(header.reference()).orElse(null);
        Map<String, String> strandNames = new LinkedHashMap<>();
        strands.active().forEach(s -> strandNames.put(s.code(), s.name()));
        Map<SharedItem, String> values = new LinkedHashMap<>();
        for (SharedItem item : EnumSet.copyOf(items)) {
            String value = switch (item) {
                case NAME -> victim == null ? null : victim.fullName();
                case PHONE -> victim == null ? null : victim.phone();
                case EMAIL -> victim == null ? null : victim.email();
                case PREFERRED_CONTACT ->
                    said == null
                            ? null
                            : join(
                                    said.preferredContact() == null
                                            ? null
                                            : said.preferredContact()
                                                    .replace('_', ' ')
                                                    .toLowerCase(),
                                    said.safeTimes());
                case LANGUAGE ->
                    said == null || said.language() == null
                            ? null
                            : said.language()
                                    + (Boolean.TRUE.equals(said.interpreterNeeded()) ? ", needs an interpreter" : "");
                case ACCESS_NEEDS -> said == null ? null : said.adjustments();
                case HATE_TYPE ->
                    header.strands().isEmpty()
                            ? null
                            : header.strands().stream()
                                    .map(code -> strandNames.getOrDefault(code, code))
                                    .collect(Collectors.joining(", "));
                case SUPPORT_NEEDS -> supportNeeds.isEmpty() ? null : supportNeeds;
            };
            if (value != null && !value.isBlank()) {
                values.put(item, value.length() > 2000 ? value.substring(0, 2000) : value.strip());
            }
        }
        return values;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "; " + b;
    }

    /** The organisation accepts or declines (a reason is needed to decline); only while the referral waits for an answer. */
    @Transactional
    public PartnerReferral decide(StaffPrincipal partner, UUID id, Boolean accepted, String reason) {
        Referral referral = ownReferral(partner, id);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (accepted == null) {
            throw new InvalidInput("accepted", "Select whether you accept the referral");
        }
        if (!accepted && cleanReason == null) {
            throw new InvalidInput(
                    "reason", "Enter why you cannot accept the referral, so the officer can find other support");
        }
        if (cleanReason != null && cleanReason.length() > 1000) {
            throw new InvalidInput("reason", "The reason must be 1,000 characters or fewer");
        }
        if (referral.status() != ReferralStatus.SENT) {
            throw new ConflictingState("This referral was already answered: "
                    + referral.status().label().toLowerCase() + ".");
        }
        jdbc.sql("""
                UPDATE referral SET status = ?, decided_at = ?, decided_by = ?, decline_reason = ? WHERE id = ? AND status = 'SENT'""")
                .params(
                        accepted ? "ACCEPTED" : "DECLINED",
                        Timestamp.from(clock.instant()),
                        partner.getUsername(),
                        accepted ? null : cleanReason,
                        id)
                .update();
        clocks.cancel(id);
        return view(partner, id, false);
    }

    /** The organisation made first contact with the victim; only after accepting. */
    @Transactional
    public PartnerReferral recordContact(StaffPrincipal partner, UUID id, Instant at) {
        Referral referral = ownReferral(partner, id);
        Instant when = at == null ? clock.instant() : at;
        if (when.isAfter(clock.instant())) {
            throw new InvalidInput("at", "The time of contact must be now or in the past");
        }
        if (when.isBefore(referral.sentAt())) {
            throw new InvalidInput("at", "The time of contact cannot be before the referral was sent");
        }
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw new ConflictingState(
                    referral.status() == ReferralStatus.SENT
                            ? "Accept the referral before recording contact."
                            : "Contact cannot be recorded on a referral that is "
                                    + referral.status().label().toLowerCase() + ".");
        }
        jdbc.sql(
                        "UPDATE referral SET status = 'CONTACT_MADE', contact_made_at = ?, contact_recorded_by = ? WHERE id = ?")
                .params(Timestamp.from(when), partner.getUsername(), id)
                .update();
        return view(partner, id, false);
    }

    /** Closes a live referral: support finished, or no longer wanted. Either side may close it, with a reason. */
    @Transactional
    public Referral close(StaffPrincipal person, UUID id, String reason) {
        Referral referral =
                person.hasRole(Role.SUPPORT_ORGANISATION) ? ownReferral(person, id) : officerReferral(person, id);
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw new InvalidInput("reason", "Enter why the referral is closing");
        }
        if (cleanReason.length() > 1000) {
            throw new InvalidInput("reason", "The reason must be 1,000 characters or fewer");
        }
        if (!referral.status().isLive()) {
            throw new ConflictingState(
                    "This referral is already " + referral.status().label().toLowerCase() + ".");
        }
        jdbc.sql("UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_reason = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), cleanReason, id)
                .update();
        clocks.cancel(id);
        return get(id);
    }

    /**
     * An organisation that stops taking referrals cannot support the victims it had: its live referrals close, their
     * response clocks stop, each closure is audited, and the officers are told on My work until the victim is
     * referred again ({@link #stoppedFor}).
     */
    @org.springframework.context.event.EventListener
    void on(Organisations.SwitchedOff switchedOff) {
        String reason = "Closed because " + switchedOff.name()
                + " stopped taking referrals. Refer the victim to another organisation.";
        List<Object[]> closed = jdbc.sql("""
                UPDATE referral SET status = 'CLOSED', closed_at = ?, closed_reason = ?, organisation_stopped = TRUE
                WHERE organisation_id = ? AND status IN ('SENT', 'ACCEPTED', 'CONTACT_MADE')
                RETURNING id, case_reference""")
                .params(Timestamp.from(switchedOff.at()), reason, switchedOff.organisationId())
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .list();
        for (Object[] referral : closed) {
            clocks.cancel((UUID) referral[0]);
            auditLog.record(
                    AuditAction.ALTERATION,
                    "case",
                    (String) referral[1],
                    "The organisation was switched off",
                    AuditOutcome.ALLOWED,
                    "Referral " + referral[0] + " closed: " + switchedOff.name() + " stopped taking referrals");
        }
    }

    /**
     * Referrals closed because their organisation stopped taking referrals in the last 90 days, on open cases this officer
     * has or referred, while the victim has not been referred anywhere since.
     */
    @Transactional(readOnly = true)
    public List<Referral> stoppedFor(StaffPrincipal person) {
        return jdbc.sql(SELECT + """
                WHERE r.organisation_stopped AND r.closed_at > now() - interval '90 days'
                  AND NOT EXISTS (SELECT 1 FROM referral later WHERE later.case_reference = r.case_reference AND later.sent_at > r.closed_at)
                ORDER BY r.closed_at DESC""").query(this::map).list().stream()
                .filter(r -> cases.facts(r.caseReference())
                        .map(f -> f.status() != org.reassure.casework.CaseStatus.CLOSED
                                && (person.getUsername().equals(r.sentBy())
                                        || person.getUsername().equals(f.officerUsername())))
                        .orElse(false))
                .toList();
    }

    /** A message from the organisation or the police about one referral. */
    @Transactional
    public void postMessage(StaffPrincipal person, UUID id, String body) {
        boolean partner = person.hasRole(Role.SUPPORT_ORGANISATION);
        Referral referral = partner ? ownReferral(person, id) : officerReferral(person, id);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "Enter your message");
        }
        if (text.length() > 2000) {
            throw new InvalidInput("body", "The message must be 2,000 characters or fewer");
        }
        jdbc.sql(
                        "INSERT INTO referral_message (referral_id, side, author, author_name, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        referral.id(),
                        partner ? "ORGANISATION" : "POLICE",
                        person.getUsername(),
                        person.displayName(),
                        text,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The referrals of a case, newest first, for staff who may see the case. */
    @Transactional(readOnly = true)
    public List<Referral> forCase(StaffPrincipal person, String reference) {
        cases.header(person, reference);
        return forCaseUnchecked(reference);
    }

    List<Referral> forCaseUnchecked(String reference) {
        return jdbc.sql(SELECT + " WHERE r.case_reference = ? ORDER BY r.sent_at DESC")
                .param(Consents.normalise(reference))
                .query(this::map)
                .list();
    }

    /** One referral for staff who may see its case (404 when unknown, 403 outside their units). */
    @Transactional(readOnly = true)
    public Referral officerReferral(StaffPrincipal person, UUID id) {
        Referral referral = find(id);
        cases.header(person, referral.caseReference());
        return referral;
    }

    /** Referrals still waiting for an answer after the organisation's clock ran out, on cases this officer has or referred. */
    @Transactional(readOnly = true)
    public List<Referral> lapsedFor(StaffPrincipal person) {
        return jdbc
                .sql(SELECT + " WHERE r.status = 'SENT' AND r.response_lapsed_at IS NOT NULL ORDER BY r.respond_by")
                .query(this::map)
                .list()
                .stream()
                .filter(r -> person.getUsername().equals(r.sentBy())
                        || cases.facts(r.caseReference())
                                .map(f -> person.getUsername().equals(f.officerUsername()))
                                .orElse(false))
                .toList();
    }

    /** The referrals to the partner's own organisation, each with only the consented items. */
    @Transactional
    public List<PartnerReferral> forOrganisation(StaffPrincipal partner) {
        String code = requirePartner(partner);
        List<UUID> ids = jdbc.sql("""
                SELECT r.id FROM referral r JOIN support_organisation o ON o.id = r.organisation_id WHERE o.code = ?
                ORDER BY r.status = 'SENT' DESC, r.sent_at DESC""").param(code).query(UUID.class).list();
        List<PartnerReferral> list = new ArrayList<>();
        for (UUID id : ids) {
            list.add(view(partner, id, true));
        }
        return list;
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

    private PartnerReferral view(StaffPrincipal partner, UUID id, boolean disclose) {
        Referral referral = ownReferral(partner, id);
        // Only items the referral shared, under a consent not withdrawn and still covering them: minimised in the query
        // itself.
        List<PartnerReferral.Item> items = jdbc
                .sql("""
                SELECT i.item, i.value FROM referral_item i JOIN referral r ON r.id = i.referral_id
                LEFT JOIN referral_consent c ON c.id = r.consent_id
                WHERE r.id = ? AND i.item = ANY(r.items)
                  AND (r.consent_id IS NULL OR (c.withdrawn_at IS NULL AND i.item = ANY(c.items)))""")
                .param(id)
                .query((rs, n) -> new PartnerReferral.Item(SharedItem.valueOf(rs.getString(1)), rs.getString(2)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(PartnerReferral.Item::item))
                .toList();
        Instant withdrawn = referral.consentId() == null
                ? null
                : jdbc.sql("SELECT withdrawn_at FROM referral_consent WHERE id = ?")
                        .param(referral.consentId())
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant)
                        .orElse(null);
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
                withdrawn,
                referral.declineReason(),
                referral.contactMadeAt(),
                referral.closedAt(),
                referral.closedReason(),
                officer,
                referral.messages());
    }

    private Referral ownReferral(StaffPrincipal partner, UUID id) {
        String code = requirePartner(partner);
        Referral referral = jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFound("There is no such referral."));
        if (!referral.organisationCode().equals(code)) {
            // Never reveal that another organisation's referral exists.
            throw new NotFound("There is no such referral.");
        }
        return referral;
    }

    private static String requirePartner(StaffPrincipal partner) {
        if (!partner.hasRole(Role.SUPPORT_ORGANISATION) || partner.organisationCode() == null) {
            throw new AccessDeniedException("Only a support organisation's users see its referrals.");
        }
        return partner.organisationCode();
    }

    Referral get(UUID id) {
        return find(id);
    }

    private Referral find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFound("There is no such referral."));
    }

    private List<Referral.Message> messages(UUID id) {
        return jdbc.sql(
                        "SELECT side, author_name, body, sent_at FROM referral_message WHERE referral_id = ? ORDER BY sent_at, id")
                .param(id)
                .query((rs, n) -> new Referral.Message(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static <T> List<T> noNull(java.util.Collection<T> values) {
        return values.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Referral map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Referral(
                id,
                rs.getString("case_reference"),
                rs.getString("organisation_code"),
                rs.getString("organisation_name"),
                ReferralStatus.valueOf(rs.getString("status")),
                Consents.items(rs.getArray("items")),
                rs.getString("justification"),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("sent_by"),
                instant(rs.getTimestamp("respond_by")),
                instant(rs.getTimestamp("response_lapsed_at")),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decided_by"),
                rs.getString("decline_reason"),
                instant(rs.getTimestamp("contact_made_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("closed_reason"),
                rs.getObject("consent_id", UUID.class),
                rs.getString("override_by"),
                rs.getString("override_reason"),
                messages(id));
    }
}
