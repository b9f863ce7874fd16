package org.reassure.audit.web;

import java.util.Locale;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditOutcome;
import org.reassure.platform.FormErrors;

/**
 * The filter of the audit log page, as typed: a username, an action and an outcome, each optional. A value that is
 * not one of the list's is an error on its field (and no filter), never silently ignored.
 */
record AuditFilter(String actor, String action, String outcome) {

    String actorName() {
        return actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }

    AuditAction chosenAction(FormErrors errors) {
        return parse(AuditAction.class, action, "action", errors);
    }

    AuditOutcome chosenOutcome(FormErrors errors) {
        return parse(AuditOutcome.class, outcome, "outcome", errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "audit.list.unknownChoice");
            return null;
        }
    }
}
