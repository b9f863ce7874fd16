package org.reassure.referrals.web;

import org.reassure.platform.FormErrors;
import org.reassure.platform.InvalidInput;

/** Closing a referral, with the reason (the field is {@code closeReason} on pages that have other reasons). */
record CloseForm(String closeReason) {

    static CloseForm empty() {
        return new CloseForm(null);
    }

    /** The refusal's errors, with the reason's error beside this form's field. */
    static FormErrors errors(InvalidInput invalid) {
        FormErrors errors = new FormErrors();
        invalid.errors().forEach(e -> errors.add("reason".equals(e.field()) ? "closeReason" : e.field(), e.message()));
        return errors;
    }
}
