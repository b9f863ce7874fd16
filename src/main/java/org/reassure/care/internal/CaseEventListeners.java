package org.reassure.care.internal;

import java.util.EnumSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Classification;

/**
 * Starts and stops the victim's clocks as case work moves. Each listener runs in its own transaction after
 * the case change commits; the event publication registry retries it if it fails, and a retry starts no
 * second task (the trigger key is unique per case and kind).
 */
@Component
class CaseEventListeners {

    private final CareTasks tasks;
    private final SecondaryReassurance reassurance;

    CaseEventListeners(CareTasks tasks, SecondaryReassurance reassurance) {
        this.tasks = tasks;
        this.reassurance = reassurance;
    }

    /**
     * Every clock of the report runs from the time it was received. Hate crime victims have enhanced rights
     * (Victims' Code, section on enhanced rights: victims of the most serious crime), so every case here gets them.
     * A non-crime hate incident has no investigation to update the victim on; a report not recorded still
     * gets a first contact to explain why.
     */
    @ApplicationModuleListener
    void on(CaseEvents.CaseRecorded event) {
        CaseFacts facts = event.facts();
        tasks.start(facts, TaskKind.FIRST_CONTACT, "report", RuleCodes.FIRST_CONTACT, facts.receivedAt());
        if (event.classification() == Classification.NO_RECORD) {
            return;
        }
        tasks.start(facts, TaskKind.NEEDS_ASSESSMENT, "report", RuleCodes.NEEDS_ASSESSMENT, facts.receivedAt());
        tasks.start(facts, TaskKind.REFERRAL, "report", RuleCodes.REFERRAL, facts.receivedAt());
        if (event.classification() == Classification.CRIME) {
            tasks.start(facts, TaskKind.UPDATE, "report", RuleCodes.UPDATE_FIRST, facts.receivedAt());
        }
    }

    /** The subject of a non-crime hate incident is told it was recorded, by the officer holding the case. */
    @ApplicationModuleListener
    void on(CaseEvents.SubjectToBeNotified event) {
        CaseFacts facts = event.facts();
        tasks.start(facts, TaskKind.SUBJECT_NOTIFICATION, "recording", RuleCodes.SUBJECT_NOTIFICATION, event.at());
    }

    @ApplicationModuleListener
    void on(CaseEvents.CaseAllocated event) {
        long unitId = event.unitId();
        tasks.reassign(event.reference(), unitId, event.officerUsername());
        reassurance.followAllocation(event.reference(), unitId);
    }

    /** A key decision is told to the victim within 1 working day (enhanced rights). */
    @ApplicationModuleListener
    void on(CaseEvents.DecisionRecorded event) {
        CaseFacts facts = event.facts();
        tasks.start(
                facts,
                TaskKind.DECISION_NOTICE,
                event.type().name() + "@" + event.decidedAt(),
                RuleCodes.DECISION_ENHANCED,
                event.decidedAt());
    }

    /** Regular updates run "until the crime is finalised"; the outcome itself is a decision the victim is told of. */
    @ApplicationModuleListener
    void on(CaseEvents.CaseFinalised event) {
        tasks.closeOpen(event.reference(), EnumSet.of(TaskKind.UPDATE), "The case was finalised");
        CaseFacts facts = event.facts();
        tasks.start(facts, TaskKind.DECISION_NOTICE, "outcome@" + event.at(), RuleCodes.DECISION_ENHANCED, event.at());
    }

    /** The victim no longer supports the investigation: no more regular updates are pressed on them. */
    @ApplicationModuleListener
    void on(CaseEvents.VictimWithdrew event) {
        tasks.closeOpen(
                event.reference(), EnumSet.of(TaskKind.UPDATE), "The victim withdrew support for the investigation");
    }
}
