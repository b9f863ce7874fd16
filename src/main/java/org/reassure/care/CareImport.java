package org.reassure.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reassure.care.internal.CareTasks;
import org.reassure.platform.CopyRows;

/**
 * Victim care's bulk import, for generated data sets (the synthetic data generator): care tasks as the clocks would
 * have run them, with the contacts that kept them and the clocks still running, handed over in batches and loaded in
 * the caller's transaction (tasks and contacts with PostgreSQL's COPY, clocks through db-scheduler's batch client).
 * It checks nothing beyond the tables' own constraints, so it is never for live cases (those go through
 * {@link CareTasks} and {@link Contacts}). Codes are the names of care's constants ({@code TaskKind},
 * {@code TaskStatus}, {@code ContactChannel}, {@code ContactOutcome}).
 */
public interface CareImport {

    /** A new, empty batch. */
    Batch batch();

    /** Rows waiting to be written; a batch is used by one thread. */
    interface Batch {

        void add(Row row);

        /** Writes the rows added since the last write (tasks, then contacts, then clocks) and empties the batch. */
        List<CopyRows.Copied> write();
    }

    /** One row of the import. */
    sealed interface Row permits Task, Contact {}

    /**
     * A care task under a rule of a rule set. An open task's clocks ring at {@code reminderAt} and {@code breachAt}
     * (null for no clock), as victim care sets them for a task it starts.
     */
    record Task(
            UUID id,
            String caseReference,
            String kind,
            String triggerKey,
            long unitId,
            String assignee,
            long ruleSetId,
            String ruleCode,
            Instant startedAt,
            Instant dueAt,
            String status,
            Instant completedAt,
            String completedBy,
            String closedReason,
            Instant createdAt,
            Instant reminderAt,
            Instant breachAt)
            implements Row {}

    /** A contact with the victim; {@code completedTask} is the task it completed, if any. */
    record Contact(
            UUID id,
            String caseReference,
            String kind,
            String channel,
            String outcome,
            Instant at,
            String note,
            String recordedBy,
            Instant recordedAt,
            UUID completedTask)
            implements Row {}
}
