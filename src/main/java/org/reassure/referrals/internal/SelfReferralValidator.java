package org.reassure.referrals.internal;

import org.springframework.stereotype.Component;

import org.reassure.platform.FormErrors;

/** The rules of the public contact form: every problem at once, beside each field. */
@Component
class SelfReferralValidator {

    /** The contact details to keep (the phone number or the email address chosen), when the form can be sent. */
    String check(Organisation organisation, NewSelfReferral form, FormErrors errors) {
        String name = strip(form.name());
        if (name.isEmpty()) {
            errors.add("name", "referrals.selfReferral.nameMissing");
        } else if (name.length() > 200) {
            errors.add("name", "referrals.selfReferral.nameTooLong");
        }
        String contact = null;
        if ("PHONE".equals(form.contactBy())) {
            contact = strip(form.phone());
            if (!contact.matches("[+0-9 ()-]{7,30}")) {
                errors.add("phone", "referrals.selfReferral.phoneFormat");
            }
        } else if ("EMAIL".equals(form.contactBy())) {
            contact = strip(form.email());
            if (!contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || contact.length() > 254) {
                errors.add("email", "referrals.selfReferral.emailFormat");
            }
        } else {
            errors.add("contactBy", "referrals.selfReferral.contactByMissing");
        }
        String message = strip(form.message());
        if (message.isEmpty()) {
            errors.add("message", "referrals.selfReferral.messageMissing");
        } else if (message.length() > 2000) {
            errors.add("message", "referrals.selfReferral.messageTooLong");
        }
        if (!form.consent()) {
            errors.add("consent", "referrals.selfReferral.consentMissing", organisation.name());
        }
        return contact;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
