package org.reassure.referrals.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;

/** One referral as either side may reach it: the organisation its own, staff those of the cases they may see. */
@Component
class ReferralSides {

    private final OfficerReferrals officers;
    private final PartnerReferrals partners;

    ReferralSides(OfficerReferrals officers, PartnerReferrals partners) {
        this.officers = officers;
        this.partners = partners;
    }

    static boolean partner(StaffPrincipal person) {
        return person.hasRole(Role.SUPPORT_ORGANISATION);
    }

    Referral either(StaffPrincipal person, UUID id) {
        return partner(person) ? partners.own(person, id) : officers.officerReferral(person, id);
    }
}
