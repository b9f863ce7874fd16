package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reassure.platform.Message;
import org.reassure.referrals.ReferralStatus;

/** A referral as the police see it on the case: to whom, what was shared and under which consent, and where it stands. */
public record Referral(
        UUID id,
        String caseReference,
        String organisationCode,
        String organisationName,
        ReferralStatus status,
        Set<SharedItem> items,
        String justification,
        Instant sentAt,
        String sentBy,
        Instant respondBy,
        Instant responseLapsedAt,
        Instant decidedAt,
        String decidedBy,
        String declineReason,
        Instant contactMadeAt,
        Instant closedAt,
        String closedReason,
        UUID consentId,
        String overrideBy,
        String overrideReason,
        List<ReferralMessage> messages) {

    public boolean overridden() {
        return consentId == null;
    }

    public boolean lapsed() {
        return responseLapsedAt != null && status == ReferralStatus.SENT;
    }

    /** A short number both sides can quote, without the case reference. */
    public String number() {
        return number(id);
    }

    static String number(UUID id) {
        return "R-" + id.toString().substring(0, 8).toUpperCase();
    }

    /** The items as one list in a sentence: "Name, Phone number". */
    public Message itemList() {
        return SharedItem.listed(items);
    }
}
