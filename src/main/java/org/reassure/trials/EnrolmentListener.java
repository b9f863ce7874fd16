package org.reassure.trials;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseProfiles;

/**
 * A recorded case is screened for the running trials in its own transaction after the recording commits;
 * the event publication registry retries a failure, and a retry enrols no case twice.
 */
@Component
class EnrolmentListener {

    private final CaseProfiles profiles;
    private final Enrolments enrolments;

    EnrolmentListener(CaseProfiles profiles, Enrolments enrolments) {
        this.profiles = profiles;
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(CaseEvents.CaseRecorded event) {
        profiles.of(event.reference()).ifPresent(enrolments::screen);
    }
}
