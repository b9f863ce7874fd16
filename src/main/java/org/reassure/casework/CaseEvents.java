package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/**
 * What case work tells other modules (victim care reacts to these): published in the transaction of the
 * change and kept in the event publication registry until every listener has handled them.
 */
public final class CaseEvents {

    private CaseEvents() {}

    public record CaseRecorded(String reference, Classification classification, List<String> strands, Instant at) {}

    /**
     * A non-crime hate incident was recorded and the subject is to be told (NCHI Code of Practice 2023: unless
     * that creates a safeguarding risk). Published with the {@link CaseRecorded} of the same decision.
     */
    public record SubjectToBeNotified(String reference, Instant at) {}

    public record CaseAllocated(String reference, String unitCode, String officerUsername, Instant at) {}

    public record DecisionRecorded(String reference, DecisionType type, Instant decidedAt, Instant recordedAt) {}

    public record VictimWithdrew(String reference, Instant at, String status) {}

    public record CaseFinalised(String reference, int outcomeCode, Instant at) {}

    public record CaseReopened(String reference, Instant at) {}
}
