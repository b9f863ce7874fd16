package org.reassure.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the receiving organisation sees it. It is built only from what the victim consented to
 * share: the shared items come from a query that returns consented, unwithdrawn items and nothing else,
 * and there is no case reference, account of the crime or investigation in it.
 */
public record PartnerReferral(
        UUID id,
        String number,
        String organisationCode,
        ReferralStatus status,
        Instant sentAt,
        Instant respondBy,
        boolean responseLapsed,
        List<Item> items,
        boolean sharedWithoutConsent,
        Instant consentWithdrawnAt,
        String declineReason,
        Instant contactMadeAt,
        Instant closedAt,
        String closedReason,
        String officerName,
        List<Referral.Message> messages) {

    /** One shared item: what it is and its value. */
    public record Item(SharedItem item, String value) {

        public String label() {
            return item.label();
        }
    }

    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    public String valueOf(SharedItem item) {
        return items.stream()
                .filter(i -> i.item() == item)
                .map(Item::value)
                .findFirst()
                .orElse(null);
    }
}
