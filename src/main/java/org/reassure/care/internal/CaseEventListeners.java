package org.reassure.care.internal;

import java.util.EnumSet;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseEvents;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.casework.Classification;
import org.reassure.reporting.ReportMessages;

/**
 * Starts and stops the victim's clocks as case work moves. Each listener runs in its own transaction after
 * the case change commits; the event publication registry retries it if it fails, and a retry starts no
 * second task (the trigger key is unique per case and kind).
 */
@Component
class CaseEventListeners {

    private final CareTasks tasks;
    private final SecondaryReassurance reassurance;
    private final FirstClocks firstClocks;
    private final Cases cases;

    CaseEventListeners(CareTasks tasks, SecondaryReassurance reassurance, FirstClocks firstClocks, Cases cases) {
        this.tasks = tasks;
        this.reassurance = reassurance;
        this.firstClocks = firstClocks;
        this.cases = cases;
    }

    /**
     * The reporter's first clock starts when the report is received, before triage, whatever the channel: a first
     * contact within 24 hours, or, with no way to contact the reporter (or their wish not to be contacted), a first
     * reply in the report's message thread.
     */
    @ApplicationModuleListener
    void on(CaseEvents.CaseOpened event) {
        firstClocks.start(event.facts(), event.contactable());
    }

    /**
     * Every clock of the report runs from the time it was received. Hate crime victims have enhanced rights
     * (Victims' Code, section on enhanced rights: victims of the most serious crime), so every case here gets them.
     * A non-crime hate incident has no investigation to update the victim on; a report not recorded still
     * gets a first contact to explain why, and that clock runs until the reporter has been told (a contact, or a
     * message in the report's thread): nothing closes it. The first clock started when the case was opened, so
     * recording starts no second one; only a case that predates that gets its first contact here.
     */
    @ApplicationModuleListener
    void on(CaseEvents.CaseRecorded event) {
        CaseFacts facts = event.facts();
        firstClocks.start(facts, true);
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

    /**
     * A message from staff in the report's thread is the first reply the reporter was promised. On a closed case (a
     * "no record" decision closes it at once) it also tells the reporter of the decision, which is all its first
     * contact is still for, so it completes that too; on an open case the first contact stays a call, visit or email.
     */
    @ApplicationModuleListener
    void on(ReportMessages.MessageSent message) {
        if (message.sender() != ReportMessages.Sender.OFFICER) {
            return;
        }
        String by = message.author() == null ? "reassure" : message.author();
        tasks.completeMatching(message.reference(), TaskKind.FIRST_REPLY, message.sentAt(), by);
        boolean closed = cases.facts(message.reference())
                .filter(facts -> facts.status() == CaseStatus.CLOSED)
                .isPresent();
        if (closed) {
            tasks.completeMatching(message.reference(), TaskKind.FIRST_CONTACT, message.sentAt(), by);
        }
    }
}
