package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.UUID;

/** A message someone sent an organisation from the public directory, as the organisation reads it. */
public record SelfReferral(UUID id, String name, String contactBy, String contact, String message, Instant at) {

    public boolean byPhone() {
        return "PHONE".equals(contactBy);
    }
}
