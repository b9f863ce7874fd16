package org.reassure.trials.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseEvents;

/**
 * A recorded case is screened for the running trials in its own transaction after the recording commits;
 * the event publication registry retries a failure, and a retry enrols no case twice.
 */
@Component
class EnrolmentListener {

    private final Enrolments enrolments;

    EnrolmentListener(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(CaseEvents.CaseRecorded event) {
        enrolments.screen(event.profile());
    }
}
