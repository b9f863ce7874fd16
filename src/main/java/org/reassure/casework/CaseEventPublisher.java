package org.reassure.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes case work's events with the facts their listeners need, read in the transaction of the change (so they
 * are the facts as the change leaves them).
 */
@Component
class CaseEventPublisher {

    private final ApplicationEventPublisher events;
    private final Cases cases;
    private final CaseProfiles profiles;

    CaseEventPublisher(ApplicationEventPublisher events, Cases cases, CaseProfiles profiles) {
        this.events = events;
        this.cases = cases;
        this.profiles = profiles;
    }

    void recorded(String reference, Classification classification, List<String> strands, Instant at) {
        events.publishEvent(new CaseEvents.CaseRecorded(
                reference,
                classification,
                strands,
                at,
                facts(reference),
                profiles.of(reference).orElseThrow()));
    }

    void subjectToBeNotified(String reference, Instant at) {
        events.publishEvent(new CaseEvents.SubjectToBeNotified(reference, at, facts(reference)));
    }

    void allocated(String reference, String unitCode, long unitId, String officerUsername, Instant at) {
        events.publishEvent(
                new CaseEvents.CaseAllocated(reference, unitCode, unitId, officerUsername, at, facts(reference)));
    }

    void decisionRecorded(String reference, DecisionType type, Instant decidedAt, Instant recordedAt) {
        events.publishEvent(new CaseEvents.DecisionRecorded(reference, type, decidedAt, recordedAt, facts(reference)));
    }

    void victimWithdrew(String reference, Instant at, String status) {
        events.publishEvent(new CaseEvents.VictimWithdrew(reference, at, status, facts(reference)));
    }

    void finalised(String reference, int outcomeCode, Instant at) {
        events.publishEvent(new CaseEvents.CaseFinalised(reference, outcomeCode, at, facts(reference)));
    }

    void reopened(String reference, Instant at) {
        events.publishEvent(new CaseEvents.CaseReopened(reference, at, facts(reference)));
    }

    private CaseFacts facts(String reference) {
        return cases.facts(reference).orElseThrow();
    }
}
