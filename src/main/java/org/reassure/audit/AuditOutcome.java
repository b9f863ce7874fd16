package org.reassure.audit;

public enum AuditOutcome {
    ALLOWED,
    DENIED
}
