package org.reassure.care.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reassure.care.ContactChannel;
import org.reassure.platform.Message;

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
    public List<Message> enhancedRightsGrounds() {
        List<Message> grounds = new ArrayList<>();
        if (vulnerable) {
            grounds.add(Message.of("care.field.ground.vulnerable"));
        }
        if (intimidated) {
            grounds.add(Message.of("care.field.ground.intimidated"));
        }
        if (persistentlyTargeted) {
            grounds.add(Message.of("care.field.ground.persistentlyTargeted"));
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

    /** The channels refused, as a list people read ("Phone, Email"). */
    public Message refusedLabels() {
        List<Message> labels =
                refusedChannels.stream().sorted().map(ContactChannel::label).toList();
        return labels.stream()
                .reduce((list, next) -> Message.of("care.field.list", list, next))
                .orElse(null);
    }
}
