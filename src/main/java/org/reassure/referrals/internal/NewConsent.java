package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.Collection;

/** Consent the victim gave to staff, as a page or the API records it; {@code givenAt} is now when left out. */
public record NewConsent(
        String organisationCode,
        Collection<SharedItem> items,
        String words,
        ConsentChannel channel,
        String givenBy,
        Instant givenAt) {}
