package org.reassure.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    public String recipient() {
        return organisationName == null ? "A support organisation the police choose" : organisationName;
    }

    public List<String> itemLabels() {
        return items.stream().sorted().map(SharedItem::label).toList();
    }

    public String givenByLabel() {
        return "VICTIM".equals(givenBy) ? "The victim" : "Someone for the victim";
    }
}
