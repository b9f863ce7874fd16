package org.reassure.audit.web;

import java.util.Locale;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;

/**
 * The filter of the audit log page, as typed: a username, an action and an outcome, each optional. A value that is
 * not one of the list's is taken as no filter, as the page offers only those.
 */
record AuditFilter(String actor, String action, String outcome) {

    String actorName() {
        return actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }

    AuditAction chosenAction() {
        return parse(AuditAction.class, action);
    }

    AuditOutcome chosenOutcome() {
        return parse(AuditOutcome.class, outcome);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
