package org.reassure.care.internal;

import java.time.Instant;
import java.util.UUID;

import org.reassure.care.TaskKind;
import org.reassure.platform.Message;

/**
 * One promise to a victim with its clock, and the rule (and rule set version) that set the due time; {@code note}, when
 * there is one, says more for people (what to fix for a notification not delivered, the notification that did it).
 */
public record CareTask(
        UUID id,
        String caseReference,
        TaskKind kind,
        Instant startedAt,
        Instant dueAt,
        TaskStatus status,
        String rule,
        int ruleSetVersion,
        String assignee,
        Instant completedAt,
        String completedBy,
        String closedReason,
        Message note) {

    /** Whether the task was done in time; null while it is open or when it was closed as no longer needed. */
    public Boolean metInTime() {
        return status == TaskStatus.DONE
                ? !completedAt.isAfter(dueAt)
                : status == TaskStatus.OVERDUE ? Boolean.FALSE : null;
    }
}
