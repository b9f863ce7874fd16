package org.reassure.referrals.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * The police side of referrals: sent only under the victim's live consent (or a supervisor's recorded override),
 * sharing only consented items; followed on the case page and on "My work". Each send is a disclosure in the audit
 * log ({@link Disclosures}).
 */
@Service
public class OfficerReferrals {

    static final String DEFAULT_JUSTIFICATION =
            "Referral for support, with the victim's consent (Victims' Code, right 4)";

    /** The roles that may send a referral without consent, giving a reason: a supervisor answers for it. */
    public static final Role OVERRIDE_ROLE = Role.SUPERVISOR;

    private final ReferralRows rows;
    private final Cases cases;
    private final Organisations organisations;
    private final Consents consents;
    private final Disclosures disclosures;

    OfficerReferrals(
            ReferralRows rows, Cases cases, Organisations organisations, Consents consents, Disclosures disclosures) {
        this.rows = rows;
        this.cases = cases;
        this.organisations = organisations;
        this.consents = consents;
        this.disclosures = disclosures;
    }

    /**
     * Sends a referral: refused (422) without live consent covering the organisation and the items, unless a
     * supervisor overrides with a reason; to an unknown or inactive organisation (422); twice (409).
     */
    @Transactional
    public Referral send(StaffPrincipal person, String reference, NewReferral request) {
        CaseSummary header = cases.header(person, reference);
        if (header.status() == CaseStatus.CLOSED) {
            throw new ConflictingState("referrals.referral.caseClosed");
        }
        Organisation organisation = organisation(request.organisationCode());
        String justification =
                request.justification() == null || request.justification().isBlank()
                        ? DEFAULT_JUSTIFICATION
                        : request.justification().strip();
        String supportNeeds =
                request.supportNeeds() == null ? "" : request.supportNeeds().strip();
        FormErrors errors = new FormErrors();
        if (justification.length() > 1000) {
            errors.add("justification", "referrals.referral.justificationTooLong");
        }
        if (supportNeeds.length() > 2000) {
            errors.add("supportNeeds", "referrals.referral.supportNeedsTooLong");
        }
        errors.throwIfAny();
        Set<SharedItem> requested = EnumSet.noneOf(SharedItem.class);
        if (request.items() != null) {
            request.items().stream().filter(Objects::nonNull).forEach(requested::add);
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
            checkOverride(person, overrideReason, requested, refused);
            consent = null;
            items = requested;
        }
        if (items.contains(SharedItem.SUPPORT_NEEDS) && supportNeeds.isEmpty()) {
            throw new InvalidInput("supportNeeds", "referrals.referral.supportNeedsMissing");
        }
        if (rows.liveExists(header.reference(), organisation.id())) {
            throw new ConflictingState("referrals.referral.alreadyReferred", organisation.name());
        }
        UUID id = disclosures.send(
                person,
                new Disclosures.Sending(
                        header, organisation, consent, items, supportNeeds, justification, overrideReason));
        return rows.get(id);
    }

    private Organisation organisation(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("organisation", "referrals.referral.organisationMissing");
        }
        Organisation organisation = organisations
                .find(code)
                .orElseThrow(() -> new InvalidInput(
                        "organisation", "referrals.organisation.unknown", Organisations.normalise(code)));
        if (!organisation.active()) {
            throw new InvalidInput("organisation", "referrals.referral.organisationInactive", organisation.name());
        }
        return organisation;
    }

    /** Without consent, only a supervisor with a reason may refer, sharing only what they name. */
    private static void checkOverride(
            StaffPrincipal person, String overrideReason, Set<SharedItem> requested, InvalidInput refused) {
        if (overrideReason == null) {
            throw refused;
        }
        if (!person.hasRole(OVERRIDE_ROLE)) {
            throw new InvalidInput("overrideReason", "referrals.referral.overrideNotSupervisor");
        }
        if (overrideReason.length() > 1000) {
            throw new InvalidInput("overrideReason", "referrals.referral.overrideTooLong");
        }
        if (requested.isEmpty()) {
            throw new InvalidInput("items", "referrals.referral.overrideItemsMissing");
        }
    }

    /** The referrals of a case, newest first, for staff who may see the case. */
    @Transactional(readOnly = true)
    public List<Referral> forCase(StaffPrincipal person, String reference) {
        cases.header(person, reference);
        return forCaseUnchecked(reference);
    }

    /** The referrals of a case, for callers that have checked the case already. */
    public List<Referral> forCaseUnchecked(String reference) {
        return rows.forCase(reference);
    }

    /** One referral for staff who may see its case (404 when unknown, 403 outside their units). */
    @Transactional(readOnly = true)
    public Referral officerReferral(StaffPrincipal person, UUID id) {
        Referral referral = rows.get(id);
        cases.header(person, referral.caseReference());
        return referral;
    }

    /** The same, on the case named in the address: a referral of another case is not found there. */
    @Transactional(readOnly = true)
    public Referral onCase(StaffPrincipal person, String reference, UUID id) {
        Referral referral = officerReferral(person, id);
        if (!referral.caseReference().equals(ItemCodes.reference(reference))) {
            throw new NotFound("referrals.referral.notOnCase");
        }
        return referral;
    }

    /** Referrals still waiting for an answer after the organisation's clock ran out, on cases this officer has or referred. */
    @Transactional(readOnly = true)
    public List<Referral> lapsedFor(StaffPrincipal person) {
        return rows.lapsed().stream()
                .filter(r -> person.getUsername().equals(r.sentBy())
                        || cases.facts(r.caseReference())
                                .map(f -> person.getUsername().equals(f.officerUsername()))
                                .orElse(false))
                .toList();
    }

    /**
     * Referrals closed because their organisation stopped taking referrals in the last 90 days, on open cases this
     * officer has or referred, while the victim has not been referred anywhere since.
     */
    @Transactional(readOnly = true)
    public List<Referral> stoppedFor(StaffPrincipal person) {
        return rows.stoppedAndNotReferredAgain().stream()
                .filter(r -> cases.facts(r.caseReference())
                        .map(f -> f.status() != CaseStatus.CLOSED
                                && (person.getUsername().equals(r.sentBy())
                                        || person.getUsername().equals(f.officerUsername())))
                        .orElse(false))
                .toList();
    }
}
