package org.reassure.referrals.web;

/** The partner's answer: {@code accepted} is "yes" or "no", with the reason to decline. */
record AcceptanceForm(String accepted, String reason) {

    static AcceptanceForm empty() {
        return new AcceptanceForm(null, null);
    }

    /** Yes, no, or null when neither was chosen. */
    Boolean answer() {
        return "yes".equals(accepted) ? Boolean.TRUE : "no".equals(accepted) ? Boolean.FALSE : null;
    }
}
