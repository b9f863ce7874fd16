package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/** A case in full, as a member of staff who may see it sees it. */
public record CaseDetail(String reference, CaseStatus status, Channel channel, boolean anonymous, Instant receivedAt,
        Instant occurredAt, String unitCode, String unitPath, String officerName, boolean restricted, boolean online,
        List<Strand> strands, String perceivedBy, String account, String hostilityReason, Integer outcomeCode,
        List<HistoryEntry> history) {

    public record Strand(String code, String name) {
    }

    public record HistoryEntry(Instant at, String actor, CaseStatus from, CaseStatus to, String what, String reason) {
    }
}
