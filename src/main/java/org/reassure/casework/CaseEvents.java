package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/**
 * What case work tells other modules (victim care and trials react to these): published in the transaction of the
 * change and kept in the event publication registry until every listener has handled them. Each carries the case's
 * {@link CaseFacts} as they stand after the change, so that no listener has to ask case work again.
 */
public final class CaseEvents {

    private CaseEvents() {}

    /**
     * A case was opened from a report, at the moment the report was received ({@code at}), before anyone triages it:
     * the reporter's first clock starts now. {@code contactable}: the reporter left a way to contact them (a phone
     * number or an email address, not reporting anonymously) and agreed that the police may contact them; otherwise
     * the only way to reach them is the report's message thread.
     */
    public record CaseOpened(String reference, Instant at, CaseFacts facts, boolean contactable) {}

    /** A recording decision, with the case's profile for the trials that screen it. */
    public record CaseRecorded(
            String reference,
            Classification classification,
            List<String> strands,
            Instant at,
            CaseFacts facts,
            CaseProfile profile) {}

    /**
     * A non-crime hate incident was recorded and the subject is to be told (NCHI Code of Practice 2023: unless
     * that creates a safeguarding risk). Published with the {@link CaseRecorded} of the same decision.
     */
    public record SubjectToBeNotified(String reference, Instant at, CaseFacts facts) {}

    public record CaseAllocated(
            String reference, String unitCode, long unitId, String officerUsername, Instant at, CaseFacts facts) {}

    public record DecisionRecorded(
            String reference, DecisionType type, Instant decidedAt, Instant recordedAt, CaseFacts facts) {}

    public record VictimWithdrew(String reference, Instant at, String status, CaseFacts facts) {}

    public record CaseFinalised(String reference, int outcomeCode, Instant at, CaseFacts facts) {}

    public record CaseReopened(String reference, Instant at, CaseFacts facts) {}
}
