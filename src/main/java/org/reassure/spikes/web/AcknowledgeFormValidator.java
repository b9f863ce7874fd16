package org.reassure.spikes.web;

import org.springframework.stereotype.Component;

import org.reassure.platform.FormErrors;
import org.reassure.spikes.internal.SpikeAlerts;

/** A note is needed, of 2,000 characters at most. */
@Component
class AcknowledgeFormValidator {

    FormErrors validate(AcknowledgeForm form) {
        FormErrors errors = new FormErrors();
        String note = form.note() == null ? "" : form.note().strip();
        if (note.isEmpty()) {
            errors.add("note", "spikes.acknowledge.note.missing");
        } else if (note.length() > SpikeAlerts.NOTE_LIMIT) {
            errors.add("note", "spikes.acknowledge.note.tooLong");
        }
        return errors;
    }
}
