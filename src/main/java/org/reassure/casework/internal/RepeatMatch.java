package org.reassure.casework.internal;

import java.util.UUID;

/**
 * A possible earlier case of the same victim, found by matching and waiting for a person to confirm or
 * reject it. Only the reference of the other case is shown here.
 */
public record RepeatMatch(
        long id,
        UUID personId,
        String personName,
        String matchedReference,
        String matchedName,
        String basis,
        double score,
        String status) {}
