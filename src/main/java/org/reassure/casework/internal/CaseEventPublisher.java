package org.reassure.casework.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseProfiles;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.casework.DecisionType;

/**
 * Publishes case work's events with the facts their listeners need, read in the transaction of the change (so they
 * are the facts as the change leaves them).
 */
@Component
public class CaseEventPublisher {

    private final ApplicationEventPublisher events;
    private final Cases cases;
    private final CaseProfiles profiles;

    CaseEventPublisher(ApplicationEventPublisher events, Cases cases, CaseProfiles profiles) {
        this.events = events;
        this.cases = cases;
        this.profiles = profiles;
    }

    public void opened(String reference, Instant at, boolean contactable) {
        events.publishEvent(new CaseEvents.CaseOpened(reference, at, facts(reference), contactable));
    }

    public void recorded(String reference, Classification classification, List<String> strands, Instant at) {
        events.publishEvent(new CaseEvents.CaseRecorded(
                reference,
                classification,
                strands,
                at,
                facts(reference),
                profiles.of(reference).orElseThrow()));
    }

    public void subjectToBeNotified(String reference, Instant at) {
        events.publishEvent(new CaseEvents.SubjectToBeNotified(reference, at, facts(reference)));
    }

    public void allocated(String reference, String unitCode, long unitId, String officerUsername, Instant at) {
        events.publishEvent(
                new CaseEvents.CaseAllocated(reference, unitCode, unitId, officerUsername, at, facts(reference)));
    }

    public void decisionRecorded(String reference, DecisionType type, Instant decidedAt, Instant recordedAt) {
        events.publishEvent(new CaseEvents.DecisionRecorded(reference, type, decidedAt, recordedAt, facts(reference)));
    }

    public void victimWithdrew(String reference, Instant at, String status) {
        events.publishEvent(new CaseEvents.VictimWithdrew(reference, at, status, facts(reference)));
    }

    public void finalised(String reference, int outcomeCode, Instant at) {
        events.publishEvent(new CaseEvents.CaseFinalised(reference, outcomeCode, at, facts(reference)));
    }

    public void reopened(String reference, Instant at) {
        events.publishEvent(new CaseEvents.CaseReopened(reference, at, facts(reference)));
    }

    private CaseFacts facts(String reference) {
        return cases.facts(reference).orElseThrow();
    }
}
