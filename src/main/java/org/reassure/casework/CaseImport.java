package org.reassure.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reassure.platform.CopyRows;

/**
 * Case work's bulk import, for generated data sets (the synthetic data generator): cases with their strands,
 * religion categories, flags, history, decisions, people, repeat matches and links, handed over in batches and
 * loaded with PostgreSQL's COPY in the caller's transaction, as a migration would load them. It publishes no
 * events and checks nothing beyond the tables' own constraints, so it is never for live cases (those go through
 * {@code CaseWork}). Codes are the names of case work's constants ({@code CaseStatus}, {@code Channel},
 * {@code Classification}, {@code ReviewStatus}, {@code PersonRole}, {@code DecisionType}, {@code CaseFlag}).
 */
public interface CaseImport {

    /** A new, empty batch. */
    Batch batch();

    /** How many cases the database holds, imported or not. */
    long cases();

    /** Rows waiting to be written; a batch is used by one thread. */
    interface Batch {

        void add(Row row);

        /** Writes the rows added since the last write, parents before children, and empties the batch. */
        List<CopyRows.Copied> write();
    }

    /** One row of the import. */
    sealed interface Row permits Case, Strand, Religion, Flag, History, Decision, Person, RepeatMatch, Link {}

    /** A case as it stands: its report, recording decision and review, withdrawal and outcome (null where none yet). */
    record Case(
            UUID id,
            String reference,
            String status,
            String channel,
            boolean anonymous,
            Instant receivedAt,
            Instant occurredAt,
            long unitId,
            Long officerId,
            boolean restricted,
            boolean online,
            String account,
            String hostilityReason,
            String perceivedBy,
            Integer outcomeCode,
            Instant createdAt,
            Instant updatedAt,
            String classification,
            String offenceCode,
            String recordingReason,
            String recordedBy,
            Instant recordedAt,
            String reviewStatus,
            String reviewedBy,
            Instant reviewedAt,
            Instant withdrawnAt,
            String withdrawalReason,
            Instant finalisedAt)
            implements Row {}

    record Strand(UUID caseId, String strand) implements Row {}

    record Religion(UUID caseId, String category) implements Row {}

    record Flag(UUID caseId, String flag) implements Row {}

    /** One entry of the case's history; {@code fromStatus} and {@code toStatus} are null when the status did not move. */
    record History(
            UUID caseId, Instant at, String actor, String fromStatus, String toStatus, String what, String reason)
            implements Row {}

    record Decision(UUID caseId, String type, Instant decidedAt, String recordedBy, Instant recordedAt)
            implements Row {}

    /** A person on a case; case work derives the keys it matches and searches by from the name, phone, e-mail and address. */
    record Person(
            UUID id,
            UUID caseId,
            String role,
            String fullName,
            LocalDate dateOfBirth,
            String phone,
            String email,
            String address,
            String postcode,
            String description,
            String addedBy,
            Instant addedAt)
            implements Row {}

    /** A decided repeat-victim match of {@code personId} with an earlier case's {@code matchedPersonId}. */
    record RepeatMatch(
            UUID personId,
            UUID matchedPersonId,
            String basis,
            double score,
            String status,
            String decidedBy,
            Instant decidedAt)
            implements Row {}

    record Link(UUID caseId, UUID linkedCaseId, String reason, String linkedBy, Instant linkedAt) implements Row {}
}
