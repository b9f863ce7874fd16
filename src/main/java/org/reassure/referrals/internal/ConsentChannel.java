package org.reassure.referrals.internal;

import org.reassure.platform.Labelled;

/** How the victim gave or withdrew consent. REPORT: in their own report (consent.referral). */
public enum ConsentChannel implements Labelled {
    REPORT,
    PHONE,
    IN_PERSON,
    EMAIL,
    LETTER,
    MESSAGE
}
