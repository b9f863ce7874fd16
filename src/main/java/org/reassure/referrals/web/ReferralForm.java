package org.reassure.referrals.web;

import java.util.List;

import org.reassure.referrals.internal.NewReferral;

/** The referral page: the organisation, the items to share (none: all the consent covers), and the reasons. */
record ReferralForm(
        String organisation, List<String> items, String supportNeeds, String justification, String overrideReason) {

    static ReferralForm forOrganisation(String organisation) {
        return new ReferralForm(organisation, List.of(), null, null, null);
    }

    NewReferral toReferral() {
        return new NewReferral(organisation, Options.items(items), supportNeeds, justification, overrideReason);
    }
}
