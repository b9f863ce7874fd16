package org.reassure.care.web;

import org.reassure.care.ContactChannel;
import org.reassure.care.internal.ContactAgreement;
import org.reassure.platform.FormErrors;

/** The page that changes how and how often the victim is updated, and why. */
record ContactAgreementForm(String channel, String everyDays, String reason) implements PostedForm {

    static ContactAgreementForm of(ContactAgreement agreed) {
        return agreed == null
                ? new ContactAgreementForm(null, null, null)
                : new ContactAgreementForm(agreed.channel().name(), String.valueOf(agreed.everyDays()), null);
    }

    ContactChannel chosenChannel() {
        return Options.option(ContactChannel.class, channel);
    }

    /** The days typed; a frequency that is not a whole number is refused here, before the agreement's own rules. */
    Integer days() {
        FormErrors errors = new FormErrors();
        Integer days = days(everyDays, "everyDays", errors);
        errors.throwIfAny();
        return days;
    }

    /** A whole number of days, or null when none or something else was typed ({@code errors} then says why). */
    static Integer days(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            errors.add(field, "care.problem.everyDaysNotANumber");
            return null;
        }
    }
}
