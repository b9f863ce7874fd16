package org.reassure.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
        List<Message> messages) {

    /** A message between the organisation and the police about one referral. */
    public record Message(String side, String authorName, String body, Instant sentAt) implements java.io.Serializable {

        public boolean fromOrganisation() {
            return "ORGANISATION".equals(side);
        }
    }

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

    public List<String> itemLabels() {
        return items.stream().sorted().map(SharedItem::label).toList();
    }
}
