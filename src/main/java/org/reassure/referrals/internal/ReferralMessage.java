package org.reassure.referrals.internal;

import java.io.Serializable;
import java.time.Instant;

/** A message between the organisation and the police about one referral. */
public record ReferralMessage(String side, String authorName, String body, Instant sentAt) implements Serializable {

    public boolean fromOrganisation() {
        return "ORGANISATION".equals(side);
    }
}
