package org.reassure.casework;

import java.time.Instant;
import java.util.List;

/**
 * What an evaluation may know of a case: no person, no account, only the facts a trial screens and
 * analyses by (when, where, how it was reported, the strands, whether the victim is a repeat victim) and
 * how it ended (a recorded withdrawal, a Home Office outcome).
 */
public record CaseProfile(
        String reference,
        Instant receivedAt,
        Instant recordedAt,
        String unitCode,
        Channel channel,
        Classification classification,
        List<String> strands,
        boolean repeatVictim,
        Instant withdrawnAt,
        Integer outcomeCode,
        Instant finalisedAt) {}
