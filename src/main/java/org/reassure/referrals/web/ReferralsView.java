package org.reassure.referrals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.referrals.internal.Consent;
import org.reassure.referrals.internal.Consents;
import org.reassure.referrals.internal.OfficerReferrals;
import org.reassure.referrals.internal.Organisation;
import org.reassure.referrals.internal.Organisations;
import org.reassure.referrals.internal.Referral;
import org.reassure.reporting.VictimPreferences;

/**
 * What the case page and "My work" show of referrals (case work's and care's templates call it as
 * {@code @referralsView}): the case's consents, referrals and suggested organisations, and the officer's lapsed
 * referrals.
 */
@Component
public class ReferralsView {

    /** The referrals part of a case page. */
    public record CaseReferrals(
            String reference,
            List<Consent> consents,
            List<Referral> referrals,
            List<Organisation> suggestions,
            boolean canOverride) {

        public boolean hasLiveConsent() {
            return consents.stream().anyMatch(c -> !c.withdrawn());
        }
    }

    private final Cases cases;
    private final Units units;
    private final Consents consents;
    private final OfficerReferrals referrals;
    private final Organisations organisations;
    private final VictimPreferences preferences;

    ReferralsView(
            Cases cases,
            Units units,
            Consents consents,
            OfficerReferrals referrals,
            Organisations organisations,
            VictimPreferences preferences) {
        this.cases = cases;
        this.units = units;
        this.consents = consents;
        this.referrals = referrals;
        this.organisations = organisations;
        this.preferences = preferences;
    }

    /** For the case page, after case work has let the person see the case. */
    @Transactional(readOnly = true)
    public CaseReferrals forCase(String reference) {
        StaffPrincipal me = CurrentStaff.require();
        CaseSummary header = cases.header(me, reference);
        List<Referral> sent = referrals.forCaseUnchecked(reference);
        List<Organisation> suggestions = suggestions(header).stream()
                .filter(o -> sent.stream()
                        .noneMatch(r -> r.organisationCode().equals(o.code())
                                && r.status().isLive()))
                .toList();
        return new CaseReferrals(
                header.reference(),
                consents.forCase(reference),
                sent,
                suggestions,
                me.hasRole(OfficerReferrals.OVERRIDE_ROLE));
    }

    /** Organisations matching the case's strands, the area of its unit and the victim's language. */
    List<Organisation> suggestions(CaseSummary header) {
        List<String> areas = new ArrayList<>();
        Optional<CaseFacts> facts = cases.facts(header.reference());
        Long unitId = facts.map(CaseFacts::unitId).orElse(null);
        while (unitId != null) {
            Optional<Unit> unit = units.findById(unitId);
            if (unit.isEmpty()) {
                break;
            }
            areas.add(unit.get().name());
            unitId = unit.get().parentId();
        }
        String language = preferences
                .of(header.reference())
                .map(VictimPreferences.Preferences::language)
                .orElse(null);
        return organisations.suggestionsFor(header.strands(), areas, language);
    }

    /** The signed-in officer's referrals whose organisation did not answer in time. */
    @Transactional(readOnly = true)
    public List<Referral> lapsedForMe() {
        return CurrentStaff.get().map(referrals::lapsedFor).orElse(List.of());
    }

    /** The signed-in officer's referrals closed because the organisation stopped taking referrals, not yet made again. */
    @Transactional(readOnly = true)
    public List<Referral> stoppedForMe() {
        return CurrentStaff.get().map(referrals::stoppedFor).orElse(List.of());
    }
}
