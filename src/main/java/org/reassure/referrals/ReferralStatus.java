package org.reassure.referrals;

/** Where a referral stands. "Suggested" organisations are worked out on the case page and are not stored. */
public enum ReferralStatus {
    SENT("Sent", "blue"),
    ACCEPTED("Accepted", "turquoise"),
    DECLINED("Declined", "orange"),
    CONTACT_MADE("Contact made", "green"),
    CLOSED("Closed", "grey");

    private final String label;
    private final String colour;

    ReferralStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour modifier. */
    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }

    public boolean isLive() {
        return this == SENT || this == ACCEPTED || this == CONTACT_MADE;
    }
}
