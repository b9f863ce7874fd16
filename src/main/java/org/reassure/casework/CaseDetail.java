package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/** A case in full, as a member of staff who may see it sees it. */
public record CaseDetail(
        String reference,
        CaseStatus status,
        Channel channel,
        boolean anonymous,
        Instant receivedAt,
        Instant occurredAt,
        String unitCode,
        String unitPath,
        String officerName,
        boolean restricted,
        boolean online,
        List<Strand> strands,
        List<String> religions,
        String perceivedBy,
        String account,
        String hostilityReason,
        Recording recording,
        List<CaseFlag> flags,
        List<Decision> decisions,
        Instant withdrawnAt,
        String withdrawalReason,
        Integer outcomeCode,
        String outcomeName,
        List<HistoryEntry> history) {

    public record Strand(String code, String name) {}

    /** The recording decision and its review; null fields until a decision is made. */
    public record Recording(
            Classification classification,
            String offenceCode,
            String offenceName,
            boolean aggravated,
            boolean s66Uplift,
            String reason,
            String recordedBy,
            Instant recordedAt,
            ReviewStatus review,
            String reviewComment,
            String reviewedBy,
            Boolean keepSubjectData,
            String subjectDataReason,
            Boolean notifySubject,
            String noNotificationReason) {}

    public record Decision(DecisionType type, Instant decidedAt, String recordedBy, String note) {}

    public record HistoryEntry(Instant at, String actor, CaseStatus from, CaseStatus to, String what, String reason) {}

    public boolean isOpen() {
        return status != CaseStatus.CLOSED && status != CaseStatus.FINALISED;
    }
}
