package org.reassure.referrals.internal;

import java.time.Instant;

/** An administrator switched an organisation off: it stopped taking referrals. Handled in the same transaction. */
record OrganisationSwitchedOff(long organisationId, String name, String by, Instant at) {}
