package org.reassure.referrals.web;

import org.reassure.referrals.internal.ConsentChannel;

/** The withdrawal page: how the victim withdrew consent, and an optional note. */
record WithdrawalForm(String channel, String note) {

    static WithdrawalForm empty() {
        return new WithdrawalForm(null, null);
    }

    ConsentChannel channelChosen() {
        return Options.option(ConsentChannel.class, channel);
    }
}
