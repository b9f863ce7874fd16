package org.reassure.referrals.web;

/** A message about a referral, to the organisation or to the officer. */
record MessageForm(String body) {

    static MessageForm empty() {
        return new MessageForm(null);
    }
}
