package org.reassure.care.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;

/** The rules of a statement (the page and the API): every problem at once, in the page's order. */
@Component
class StatementValidator {

    private final Clock clock;

    StatementValidator(Clock clock) {
        this.clock = clock;
    }

    /** What is wrong with a statement taken on a case whose report was received on {@code received}. */
    FormErrors problems(Statement.Draft draft, LocalDate received) {
        FormErrors errors = new FormErrors();
        LocalDate today = clock.instant().atZone(Formats.UK).toLocalDate();
        if (draft.kind() == null) {
            errors.add("kind", "care.problem.statementKindMissing");
        }
        if (draft.body() == null || draft.body().isBlank()) {
            errors.add("body", "care.problem.statementMissing");
        } else if (draft.body().strip().length() > 20000) {
            errors.add("body", "care.problem.statementTooLong");
        }
        if (draft.takenBy() == null
                || draft.takenBy().isBlank()
                || draft.takenBy().strip().length() > 200) {
            errors.add("takenBy", "care.problem.takenByMissing");
        }
        if (draft.takenOn() != null && draft.takenOn().isAfter(today)) {
            errors.add("takenOn", "care.problem.takenOnFuture");
        } else if (draft.takenOn() != null && draft.takenOn().isBefore(received)) {
            errors.add("takenOn", "care.problem.takenOnBeforeReport");
        } else if (draft.takenOn() == null && !errors.has("takenOn")) {
            errors.add("takenOn", "care.problem.takenOnMissing");
        }
        if (draft.kind() == Statement.Kind.VICTIM_PERSONAL && draft.readAloud() == null) {
            errors.add("readAloud", "care.problem.readAloudMissing");
        }
        return errors;
    }
}
