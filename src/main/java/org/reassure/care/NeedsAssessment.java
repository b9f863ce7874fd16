package org.reassure.care;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of the victim's needs assessment (Victims' Code right 4, enhanced rights): interpreter, adjustments,
 * risk with reasons, the flags that confer enhanced rights, the support wanted, and the contact warnings an officer
 * sees before contacting the victim. A re-assessment adds a version; none is ever changed.
 */
public record NeedsAssessment(
        UUID id,
        String caseReference,
        int version,
        boolean interpreterNeeded,
        String language,
        String adjustments,
        RiskLevel risk,
        String riskReasons,
        boolean vulnerable,
        boolean intimidated,
        boolean persistentlyTargeted,
        String supportWanted,
        String safeTimes,
        Set<ContactChannel> refusedChannels,
        boolean noMessages,
        String assessedBy,
        Instant assessedAt) {

    /** What an officer entered: the agreed channel and update frequency are recorded as the contact agreement. */
    public record Draft(
            Boolean interpreterNeeded,
            String language,
            String adjustments,
            RiskLevel risk,
            String riskReasons,
            boolean vulnerable,
            boolean intimidated,
            boolean persistentlyTargeted,
            String supportWanted,
            ContactChannel preferredChannel,
            Integer updateEveryDays,
            String safeTimes,
            Set<ContactChannel> refusedChannels,
            boolean noMessages) {}

    /** Victims' Code: vulnerable or intimidated and persistently targeted victims have enhanced rights, as victims of hate crime do. */
    public List<String> enhancedRightsGrounds() {
        List<String> grounds = new ArrayList<>();
        if (vulnerable) {
            grounds.add("vulnerable");
        }
        if (intimidated) {
            grounds.add("intimidated");
        }
        if (persistentlyTargeted) {
            grounds.add("persistently targeted");
        }
        return grounds;
    }

    /** Whether there is anything an officer must see before contacting the victim. */
    public boolean hasWarnings() {
        return !refusedChannels.isEmpty()
                || noMessages
                || (safeTimes != null && !safeTimes.isBlank())
                || interpreterNeeded;
    }

    public boolean refused(ContactChannel channel) {
        return refusedChannels.contains(channel);
    }

    public String refusedLabels() {
        return String.join(
                ", ",
                refusedChannels.stream().sorted().map(ContactChannel::label).toList());
    }
}
