package org.reassure.care.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.platform.Formats;

/**
 * The task that follows one done: the next regular update until the crime is finalised (at the frequency the victim
 * agreed, if they did), and the next support follow-up while a support officer is assigned.
 */
@Component
class TaskSuccession {

    private final JdbcClient jdbc;
    private final TaskRows rows;
    private final TaskStarts starts;
    private final CareClocks.Setter clocks;
    private final Cases cases;

    TaskSuccession(JdbcClient jdbc, TaskRows rows, TaskStarts starts, CareClocks.Setter clocks, Cases cases) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.starts = starts;
        this.clocks = clocks;
        this.cases = cases;
    }

    /** A task was done: the one that follows it, if any, starts from {@code at}. */
    void after(CareTask done, Instant at) {
        if (done.kind() == TaskKind.UPDATE) {
            nextUpdate(done, at);
        }
        if (done.kind() == TaskKind.SUPPORT_FOLLOW_UP) {
            nextFollowUp(done, at);
        }
    }

    /**
     * After each support follow-up the next is due, held by the case's support officer, while they are assigned and
     * the case is open: support may go on after the investigation is finalised (through a trial, say).
     */
    private void nextFollowUp(CareTask done, Instant at) {
        boolean followUpOpen =
                jdbc.sql("""
                SELECT count(*) FROM care_task WHERE case_reference = ? AND kind = 'SUPPORT_FOLLOW_UP' AND status IN ('OPEN', 'OVERDUE')""").param(done.caseReference()).query(Long.class).single() > 0;
        Optional<String> supportOfficer = jdbc.sql(
                        "SELECT support_officer FROM care_support_assignment WHERE case_reference = ? AND ended_at IS NULL")
                .param(done.caseReference())
                .query(String.class)
                .optional();
        if (followUpOpen || supportOfficer.isEmpty()) {
            return;
        }
        cases.facts(done.caseReference())
                .filter(facts -> facts.status() != CaseStatus.CLOSED)
                .ifPresent(facts -> starts.start(
                        facts,
                        TaskKind.SUPPORT_FOLLOW_UP,
                        "after:" + done.id(),
                        RuleCodes.SUPPORT_FOLLOW_UP_REGULAR,
                        at,
                        null,
                        CareTasks.Holder.SUPPORT_OFFICER,
                        supportOfficer.get(),
                        facts.unitId()));
    }

    /** After each update the next is due (every 28 days by the force standard) until the crime is finalised. */
    private void nextUpdate(CareTask done, Instant at) {
        boolean updatesOpen = jdbc.sql(
                                "SELECT count(*) FROM care_task WHERE case_reference = ? AND kind = 'UPDATE' AND status IN ('OPEN', 'OVERDUE')")
                        .param(done.caseReference())
                        .query(Long.class)
                        .single()
                > 0;
        if (updatesOpen) {
            return;
        }
        cases.facts(done.caseReference())
                .filter(facts -> facts.status() != CaseStatus.FINALISED && facts.status() != CaseStatus.CLOSED)
                .ifPresent(facts -> startUpdate(facts, "after:" + done.id(), at));
    }

    /** The next update runs from {@code from}: at the frequency the victim agreed if there is an agreement, else every 28 days. */
    private void startUpdate(CaseFacts facts, String trigger, Instant from) {
        Optional<Integer> everyDays = jdbc.sql(
                        "SELECT every_days FROM care_contact_agreement WHERE case_reference = ? ORDER BY id DESC LIMIT 1")
                .param(facts.reference())
                .query(Integer.class)
                .optional();
        if (everyDays.isEmpty()) {
            starts.start(
                    facts,
                    TaskKind.UPDATE,
                    trigger,
                    RuleCodes.UPDATE_REGULAR,
                    from,
                    null,
                    CareTasks.Holder.OFFICER,
                    facts.officerUsername(),
                    facts.unitId());
        } else {
            starts.start(
                    facts,
                    TaskKind.UPDATE,
                    trigger,
                    RuleCodes.UPDATE_AGREED,
                    from,
                    from.atZone(Formats.UK).plusDays(everyDays.get()).toInstant(),
                    CareTasks.Holder.OFFICER,
                    facts.officerUsername(),
                    facts.unitId());
        }
    }

    /**
     * The victim agreed a new update frequency: a regular update still running is replaced by one at the new
     * frequency, counted from the same start (the first update after the report keeps its own clock).
     */
    void followAgreement(String reference, long agreementId) {
        for (CareTask task : rows.regularUpdatesRunning(reference)) {
            closeOne(task.id(), "The victim agreed a new update frequency");
            cases.facts(reference).ifPresent(facts -> startUpdate(facts, "agreement:" + agreementId, task.startedAt()));
        }
    }

    private void closeOne(UUID id, String reason) {
        jdbc.sql(
                        "UPDATE care_task SET status = 'CLOSED', closed_reason = ? WHERE id = ? AND status IN ('OPEN', 'OVERDUE')")
                .params(reason, id)
                .update();
        clocks.cancel(id);
    }
}
