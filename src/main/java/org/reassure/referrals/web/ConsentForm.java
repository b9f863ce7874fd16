package org.reassure.referrals.web;

import java.util.List;

import org.reassure.referrals.internal.ConsentChannel;
import org.reassure.referrals.internal.NewConsent;

/** The consent page: the organisation, the items ticked, the words used, how and by whom consent was given. */
record ConsentForm(String organisation, List<String> items, String words, String channel, String givenBy) {

    static ConsentForm forOrganisation(String organisation) {
        return new ConsentForm(organisation, List.of(), null, null, null);
    }

    /** The consent to record, given now; {@code Consents} checks it as it does for the API. */
    NewConsent toConsent() {
        return new NewConsent(
                organisation,
                Options.items(items),
                words,
                Options.option(ConsentChannel.class, channel),
                givenBy,
                null);
    }
}
