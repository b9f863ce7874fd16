package org.reassure.referrals;

import org.reassure.platform.Labelled;

/** Where a referral stands. "Suggested" organisations are worked out on the case page and are not stored. */
public enum ReferralStatus implements Labelled {
    SENT("blue"),
    ACCEPTED("turquoise"),
    DECLINED("orange"),
    CONTACT_MADE("green"),
    CLOSED("grey");

    private final String colour;

    ReferralStatus(String colour) {
        this.colour = colour;
    }

    @Override
    public String tagColour() {
        return colour;
    }

    public boolean isLive() {
        return this == SENT || this == ACCEPTED || this == CONTACT_MADE;
    }
}
