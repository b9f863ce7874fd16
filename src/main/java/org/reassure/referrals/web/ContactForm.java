package org.reassure.referrals.web;

import org.reassure.referrals.internal.NewSelfReferral;

/** The public contact form of an organisation in the directory. */
record ContactForm(String name, String contactBy, String phone, String email, String message, String consent) {

    static ContactForm empty() {
        return new ContactForm(null, null, null, null, null, null);
    }

    NewSelfReferral toSelfReferral() {
        return new NewSelfReferral(name, contactBy, phone, email, message, Options.yes(consent));
    }
}
