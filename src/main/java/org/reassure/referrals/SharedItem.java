package org.reassure.referrals;

import java.util.EnumSet;
import java.util.Set;

/** A piece of the victim's information that a consent may allow to be shared with a support organisation. */
public enum SharedItem {
    NAME("Name"),
    PHONE("Phone number"),
    EMAIL("Email address"),
    PREFERRED_CONTACT("How and when to contact them"),
    LANGUAGE("Language and interpreter"),
    ACCESS_NEEDS("Access needs and adjustments"),
    HATE_TYPE("Type of hate experienced"),
    SUPPORT_NEEDS("What support they would like");

    /** What "the police may pass my details to a support organisation" in the report covers: the victim's details, not the crime. */
    public static final Set<SharedItem> REPORT_CONSENT =
            EnumSet.of(NAME, PHONE, EMAIL, PREFERRED_CONTACT, LANGUAGE, ACCESS_NEEDS);

    private final String label;

    SharedItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }
}
