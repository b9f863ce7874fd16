package org.reassure.referrals;

/** How the victim gave or withdrew consent. REPORT: in their own report (consent.referral). */
public enum ConsentChannel {
    REPORT("In the report"),
    PHONE("By phone"),
    IN_PERSON("In person"),
    EMAIL("By email"),
    LETTER("By letter"),
    MESSAGE("By message");

    private final String label;

    ConsentChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
