package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reassure.platform.Message;
import org.reassure.referrals.ReferralStatus;

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
        List<ReferralMessage> messages) {

    /** One shared item: what it is and its value. */
    public record Item(SharedItem item, String value) {

        public Message label() {
            return item.label();
        }
    }

    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    /** The victim's name, when it was shared. */
    public String name() {
        return valueOf(SharedItem.NAME);
    }

    public String valueOf(SharedItem item) {
        return items.stream()
                .filter(i -> i.item() == item)
                .map(Item::value)
                .findFirst()
                .orElse(null);
    }
}
