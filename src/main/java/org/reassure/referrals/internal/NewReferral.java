package org.reassure.referrals.internal;

import java.util.Set;

/**
 * A referral to send: to which organisation, which items (none: all the consent covers), what support the victim would
 * like, why (the disclosure log's justification; a default when blank), and a supervisor's reason to send without
 * consent.
 */
public record NewReferral(
        String organisationCode,
        Set<SharedItem> items,
        String supportNeeds,
        String justification,
        String overrideReason) {}
