package org.reassure.care;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempted or made contact with the victim, and the task it completed, if any; with the officer's reasons for
 * using a channel the victim refused or calling or visiting outside the victim's safe times.
 */
public record Contact(
        UUID id,
        String caseReference,
        TaskKind kind,
        ContactChannel channel,
        ContactOutcome outcome,
        Instant at,
        String note,
        String recordedBy,
        Instant recordedAt,
        UUID completedTask,
        String refusedChannelReason,
        String outsideSafeTimesReason) {

    /** A contact to record, as the officer gave it; {@code at} null means now. */
    public record New(TaskKind kind, ContactChannel channel, ContactOutcome outcome, Instant at, String note)
            implements Serializable {}
}
