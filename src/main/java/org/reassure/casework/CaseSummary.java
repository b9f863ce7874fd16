package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/** One line of a case list. */
public record CaseSummary(
        String reference,
        CaseStatus status,
        Instant receivedAt,
        String unitCode,
        String unitName,
        Channel channel,
        boolean anonymous,
        boolean restricted,
        List<String> strands) {}
