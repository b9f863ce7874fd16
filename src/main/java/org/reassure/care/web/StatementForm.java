package org.reassure.care.web;

import org.springframework.web.bind.annotation.BindParam;

import org.reassure.care.internal.Statement;
import org.reassure.platform.FormErrors;

/** The statement page: which statement, its words, who took it and when, and what the victim wants done with it. */
record StatementForm(
        String kind,
        String body,
        String takenBy,
        @BindParam("takenOn-day") String takenOnDay,
        @BindParam("takenOn-month") String takenOnMonth,
        @BindParam("takenOn-year") String takenOnYear,
        String readAloud)
        implements PostedForm {

    /** A new statement taken today by {@code takenBy}, or a new version starting from the last one's words. */
    static StatementForm of(Statement.Kind kind, Statement last, String takenBy, DateFields today) {
        return new StatementForm(
                kind == null ? null : kind.name(),
                last == null ? null : last.body(),
                takenBy,
                today.day(),
                today.month(),
                today.year(),
                last == null || last.readAloud() == null
                        ? null
                        : last.readAloud().name());
    }

    /** The statement as entered; a date that cannot be read is in {@code errors}. */
    Statement.Draft toDraft(FormErrors errors) {
        return new Statement.Draft(
                Options.option(Statement.Kind.class, kind),
                body,
                takenBy,
                new DateFields(takenOnDay, takenOnMonth, takenOnYear).read("takenOn", false, errors),
                Options.option(Statement.ReadAloud.class, readAloud));
    }
}
