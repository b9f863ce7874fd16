package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;

/**
 * Care tasks: started from case events with the limit of the rule set in force, completed by a contact
 * or by hand (once only), closed when no longer needed. Every read goes through case work's access rules.
 * Starting a clock is {@link TaskStarts}'s job, the task that follows one done {@link TaskSuccession}'s, and the
 * queries {@link TaskRows}'.
 */
@Service
public class CareTasks {

    private final JdbcClient jdbc;
    private final TaskRows rows;
    private final TaskStarts starts;
    private final TaskSuccession succession;
    private final CareClocks.Setter clocks;
    private final Cases cases;
    private final Clock clock;

    CareTasks(
            JdbcClient jdbc,
            TaskRows rows,
            TaskStarts starts,
            TaskSuccession succession,
            CareClocks.Setter clocks,
            Cases cases,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.starts = starts;
        this.succession = succession;
        this.clocks = clocks;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Starts a task whose clock runs from {@code start} under {@code ruleCode} of the rule set in force that day.
     * The same trigger twice starts one task. Returns the new task's id, or empty when it already existed.
     */
    @Transactional
    public Optional<UUID> start(CaseFacts facts, TaskKind kind, String triggerKey, String ruleCode, Instant start) {
        return start(facts, kind, triggerKey, ruleCode, start, null, Holder.OFFICER, facts.officerUsername());
    }

    /**
     * Who holds a task: the case's officer (the task follows reallocation), the unit's supervisors, the case's
     * support officer, or the neighbourhood team covering the victim's area (a secondary reassurance contact,
     * kept apart from the investigation: its unit is the team's, not the case's).
     */
    public enum Holder {
        OFFICER,
        SUPERVISOR,
        SUPPORT_OFFICER,
        NEIGHBOURHOOD_TEAM
    }

    /**
     * Starts a task held by someone other than the case's officer, or due earlier than its rule allows
     * ({@code dueBy}: the rule then sets the latest due time, as for updates at a frequency the victim agreed).
     */
    public Optional<UUID> start(
            CaseFacts facts,
            TaskKind kind,
            String triggerKey,
            String ruleCode,
            Instant start,
            Instant dueBy,
            Holder holder,
            String assignee) {
        return start(facts, kind, triggerKey, ruleCode, start, dueBy, holder, assignee, facts.unitId());
    }

    /** As above, for a task held in a unit other than the case's (the neighbourhood team's). */
    public Optional<UUID> start(
            CaseFacts facts,
            TaskKind kind,
            String triggerKey,
            String ruleCode,
            Instant start,
            Instant dueBy,
            Holder holder,
            String assignee,
            long unitId) {
        return starts.start(facts, kind, triggerKey, ruleCode, start, dueBy, holder, assignee, unitId);
    }

    /** Marks a task done by hand. Done twice, or no longer needed: 409; a time in the future or before the clock started: 422. */
    @Transactional
    public CareTask complete(StaffPrincipal person, UUID taskId, Instant at) {
        CareTask task = find(taskId).orElseThrow(() -> new NotFound("care.problem.noTask", taskId.toString()));
        cases.header(person, task.caseReference());
        return markDone(task, at, person.getUsername());
    }

    /** Completes the oldest open task of this kind on the case, if there is one (a contact of the right kind was made). */
    @Transactional
    public Optional<CareTask> completeMatching(String reference, TaskKind kind, Instant at, String by) {
        return rows.oldestOpen(reference, kind, at).map(task -> markDone(task, at, by));
    }

    /**
     * Completes the open or overdue task of this kind on the case started by {@code triggerKey}, done at {@code at}
     * (kept between the start of its clock and now) by {@code by}, with a note saying how. Empty when there is no such
     * task still running.
     */
    @Transactional
    public Optional<CareTask> completeByTrigger(
            String reference, TaskKind kind, String triggerKey, Instant at, String by, Message note) {
        return rows.byTrigger(reference, kind, triggerKey)
                .filter(task -> task.status().isOpen())
                .map(task -> {
                    Instant now = clock.instant();
                    Instant done = at.isAfter(now) ? now : at.isBefore(task.startedAt()) ? task.startedAt() : at;
                    return markDone(task, done, by, note);
                });
    }

    /** Gives a task a note for people (what to fix); a task has one note, the newest. */
    @Transactional
    public void note(UUID taskId, Message note) {
        jdbc.sql("UPDATE care_task SET note_key = ?, note_args = ? WHERE id = ?")
                .params(note.key(), TaskNotes.args(note), taskId)
                .update();
    }

    private CareTask markDone(CareTask task, Instant at, String by) {
        return markDone(task, at, by, null);
    }

    private CareTask markDone(CareTask task, Instant at, String by, Message note) {
        if (task.status() == TaskStatus.DONE) {
            throw new ConflictingState(
                    "care.problem.taskAlreadyDone", task.completedAt().toString(), task.completedBy());
        }
        if (task.status() == TaskStatus.CLOSED) {
            throw new ConflictingState("care.problem.taskNoLongerNeeded", task.closedReason());
        }
        if (at.isAfter(clock.instant())) {
            throw new InvalidInput("at", "care.problem.taskDoneInFuture");
        }
        if (at.isBefore(task.startedAt())) {
            throw new InvalidInput("at", "care.problem.taskDoneBeforeStart");
        }
        int updated = jdbc.sql(
                        "UPDATE care_task SET status = 'DONE', completed_at = ?, completed_by = ? WHERE id = ? AND status IN ('OPEN', 'OVERDUE')")
                .params(Timestamp.from(at), by, task.id())
                .update();
        if (updated == 0) {
            throw new ConflictingState("care.problem.taskDoneMeanwhile");
        }
        if (note != null) {
            note(task.id(), note);
        }
        clocks.cancel(task.id());
        succession.after(task, at);
        return find(task.id()).orElseThrow();
    }

    /** Open tasks held by the supervisors of the units this person sees (reviews of high-risk assessments), soonest first. */
    @Transactional(readOnly = true)
    public List<CareTask> forSupervisorsOf(List<Long> unitIds) {
        return rows.heldBy(Holder.SUPERVISOR, unitIds);
    }

    /** Open tasks held by the neighbourhood teams among these units (secondary reassurance contacts), soonest first. */
    @Transactional(readOnly = true)
    public List<CareTask> forNeighbourhoodTeamsOf(List<Long> unitIds) {
        return rows.heldBy(Holder.NEIGHBOURHOOD_TEAM, unitIds);
    }

    /** Moves a case's open neighbourhood-team tasks to another team (the case now lies in another area). */
    @Transactional
    void moveTeamTasks(String reference, long teamUnitId) {
        jdbc.sql(
                        "UPDATE care_task SET unit_id = ? WHERE case_reference = ? AND status IN ('OPEN', 'OVERDUE') AND holder = 'NEIGHBOURHOOD_TEAM'")
                .params(teamUnitId, reference)
                .update();
    }

    /** Closes the open tasks of these kinds on a case: they are no longer needed. */
    @Transactional
    public int closeOpen(String reference, Set<TaskKind> kinds, String reason) {
        List<UUID> ids = jdbc.sql("""
                UPDATE care_task SET status = 'CLOSED', closed_reason = ?
                WHERE case_reference = ? AND kind = ANY(?) AND status IN ('OPEN', 'OVERDUE') RETURNING id""")
                .params(reason, reference, kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(UUID.class)
                .list();
        ids.forEach(clocks::cancel);
        return ids.size();
    }

    /** The case went to another unit or officer: its open tasks follow it. */
    @Transactional
    public void reassign(String reference, long unitId, String officer) {
        jdbc.sql(
                        "UPDATE care_task SET unit_id = ? WHERE case_reference = ? AND status IN ('OPEN', 'OVERDUE') AND holder <> 'NEIGHBOURHOOD_TEAM'")
                .params(unitId, reference)
                .update();
        jdbc.sql(
                        "UPDATE care_task SET assignee = ? WHERE case_reference = ? AND status IN ('OPEN', 'OVERDUE') AND holder = 'OFFICER'")
                .params(officer, reference)
                .update();
    }

    @Transactional(readOnly = true)
    public List<CareTask> forCase(StaffPrincipal person, String reference) {
        cases.header(person, reference);
        return forCaseUnchecked(reference);
    }

    public List<CareTask> forCaseUnchecked(String reference) {
        return rows.ofCase(reference);
    }

    /** The tasks assigned to this person: open and overdue ones, and those done in the last week. */
    @Transactional(readOnly = true)
    public List<CareTask> assignedTo(StaffPrincipal person) {
        return rows.assignedTo(person.getUsername());
    }

    public Optional<CareTask> find(UUID id) {
        return rows.find(id);
    }
}
