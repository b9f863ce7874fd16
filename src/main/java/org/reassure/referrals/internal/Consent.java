package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.reassure.platform.Message;

/**
 * The victim's consent to share named items with one organisation (or, given in the report, with a
 * support organisation the police choose) for support; time-stamped, in the words used, by a channel.
 */
public record Consent(
        UUID id,
        String caseReference,
        String organisationCode,
        String organisationName,
        Set<SharedItem> items,
        String words,
        ConsentChannel channel,
        String givenBy,
        Instant givenAt,
        String recordedBy,
        Instant recordedAt,
        Instant withdrawnAt,
        String withdrawnBy,
        ConsentChannel withdrawalChannel,
        String withdrawalNote) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Whether it allows sharing with this organisation (a consent given in the report names none). */
    public boolean covers(String code) {
        return organisationCode == null || organisationCode.equals(code);
    }

    /** With whom it allows sharing: the organisation's name, or the words for "one the police choose". */
    public Object recipient() {
        return organisationName == null ? Message.of("referrals.consent.anyOrganisation") : organisationName;
    }

    /** The items as one list in a sentence: "Name, Phone number". */
    public Message itemList() {
        return SharedItem.listed(items);
    }
}
