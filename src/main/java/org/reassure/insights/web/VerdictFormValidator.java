package org.reassure.insights.web;

import org.springframework.stereotype.Component;

import org.reassure.insights.internal.DipChecks;
import org.reassure.platform.FormErrors;

/** A verdict from the list; a note saying what is wrong unless the recording is correct; notes of 2,000 characters at most. */
@Component
class VerdictFormValidator {

    FormErrors validate(VerdictForm form) {
        FormErrors errors = new FormErrors();
        String verdict = form.verdict();
        boolean known = verdict != null && DipChecks.VERDICTS.contains(verdict);
        if (!known) {
            errors.add("verdict", "insights.dipCheck.verdict.missing");
        }
        String note = form.note() == null ? "" : form.note().strip();
        if (known && !verdict.equals("CORRECT") && note.isEmpty()) {
            errors.add("note", "insights.dipCheck.note.missing");
        }
        if (note.length() > DipChecks.NOTE_LIMIT) {
            errors.add("note", "insights.dipCheck.note.tooLong");
        }
        return errors;
    }
}
