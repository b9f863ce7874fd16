package org.reassure.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * What referrals tell other modules (notifications react to these), published in the transaction of the change.
 * They carry what a listener needs, so that none calls back: never the victim's details. A referral is named by its
 * id and, where an organisation is told of it, by the short number both sides quote ({@code R-1A2B3C4D}).
 */
public final class ReferralEvents {

    private ReferralEvents() {}

    /** A referral was sent to a support organisation; {@code organisationEmail} is its directory address, or null. */
    public record ReferralMade(
            UUID referralId,
            String caseReference,
            String organisationCode,
            String organisationName,
            String organisationEmail,
            String referredBy,
            Instant at) {}

    /** The organisation accepted or declined a referral; {@code referredBy} is the officer who made it. */
    public record ReferralAnswered(
            UUID referralId,
            String caseReference,
            String organisationCode,
            String organisationName,
            boolean accepted,
            String referredBy,
            Instant at) {}

    /**
     * The victim withdrew consent to share with an organisation that holds a referral of theirs: it must delete what
     * was shared.
     */
    public record ConsentWithdrawn(
            UUID referralId,
            String referralNumber,
            String caseReference,
            String organisationCode,
            String organisationName,
            String organisationEmail,
            Instant at) {}
}
