package org.reassure.audit;

import java.time.Instant;

/** One line of the audit log as it is read back. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRoles,
        AuditAction action,
        String recordType,
        String recordId,
        String justification,
        AuditOutcome outcome,
        String detail,
        String requestId,
        String prevHash,
        String hash) {}
