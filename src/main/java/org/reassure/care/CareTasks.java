package org.reassure.care;

import java.sql.ResultSet;
import java.sql.SQLException;
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

import org.reassure.casework.CaseFacts;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * Care tasks: started from case events with the limit of the rule set in force, completed by a contact
 * or by hand (once only), closed when no longer needed. Every read goes through case work's access rules.
 */
@Service
public class CareTasks {

    static final String COLUMNS = """
            SELECT t.id, t.case_reference, t.kind, t.started_at, t.due_at, t.status, t.rule_code, s.version, t.assignee,
                   t.completed_at, t.completed_by, t.closed_reason
            FROM care_task t JOIN care_rule_set s ON s.id = t.rule_set_id
            """;

    private final JdbcClient jdbc;
    private final CareRules rules;
    private final WorkingDays workingDays;
    private final CareClocks.Setter clocks;
    private final Cases cases;
    private final Clock clock;

    CareTasks(
            JdbcClient jdbc,
            CareRules rules,
            WorkingDays workingDays,
            CareClocks.Setter clocks,
            Cases cases,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.workingDays = workingDays;
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
    enum Holder {
        OFFICER,
        SUPERVISOR,
        SUPPORT_OFFICER,
        NEIGHBOURHOOD_TEAM
    }

    /**
     * Starts a task held by someone other than the case's officer, or due earlier than its rule allows
     * ({@code dueBy}: the rule then sets the latest due time, as for updates at a frequency the victim agreed).
     */
    Optional<UUID> start(
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
    Optional<UUID> start(
            CaseFacts facts,
            TaskKind kind,
            String triggerKey,
            String ruleCode,
            Instant start,
            Instant dueBy,
            Holder holder,
            String assignee,
            long unitId) {
        RuleSet set = rules.inForceAt(start);
        Instant latest = set.rule(ruleCode).dueFrom(start, workingDays);
        Instant due = dueBy != null && dueBy.isBefore(latest) ? dueBy : latest;
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO care_task (id, case_reference, kind, trigger_key, unit_id, assignee, rule_set_id, rule_code, started_at, due_at, status,
                                       holder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT (case_reference, kind, trigger_key) DO NOTHING""")
                .params(
                        id,
                        facts.reference(),
                        kind.name(),
                        triggerKey,
                        unitId,
                        assignee,
                        set.id(),
                        ruleCode,
                        Timestamp.from(start),
                        Timestamp.from(due),
                        holder.name())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        clocks.set(id, due);
        return Optional.of(id);
    }

    /** Marks a task done by hand. Done twice, or no longer needed: 409; a time in the future or before the clock started: 422. */
    @Transactional
    public CareTask complete(StaffPrincipal person, UUID taskId, Instant at) {
        CareTask task = find(taskId).orElseThrow(() -> new NotFound("There is no care task " + taskId + "."));
        cases.header(person, task.caseReference());
        return markDone(task, at, person.getUsername());
    }

    /** Completes the oldest open task of this kind on the case, if there is one (a contact of the right kind was made). */
    @Transactional
    Optional<CareTask> completeMatching(String reference, TaskKind kind, Instant at, String by) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.case_reference = ? AND t.kind = ? AND t.status IN ('OPEN', 'OVERDUE') AND t.started_at <= ?
                 ORDER BY t.due_at LIMIT 1""")
                .params(reference, kind.name(), Timestamp.from(at))
                .query(CareTasks::task)
                .optional()
                .map(task -> markDone(task, at, by));
    }

    private CareTask markDone(CareTask task, Instant at, String by) {
        if (task.status() == TaskStatus.DONE) {
            throw new ConflictingState(
                    "This task was already done on " + task.completedAt() + " by " + task.completedBy() + ".");
        }
        if (task.status() == TaskStatus.CLOSED) {
            throw new ConflictingState("This task is no longer needed: " + task.closedReason());
        }
        if (at.isAfter(clock.instant())) {
            throw new InvalidInput("at", "The time a task was done must be now or in the past");
        }
        if (at.isBefore(task.startedAt())) {
            throw new InvalidInput("at", "The time a task was done cannot be before its clock started");
        }
        int updated = jdbc.sql(
                        "UPDATE care_task SET status = 'DONE', completed_at = ?, completed_by = ? WHERE id = ? AND status IN ('OPEN', 'OVERDUE')")
                .params(Timestamp.from(at), by, task.id())
                .update();
        if (updated == 0) {
            throw new ConflictingState("This task was completed by someone else a moment ago.");
        }
        clocks.cancel(task.id());
        if (task.kind() == TaskKind.UPDATE) {
            nextUpdate(task, at);
        }
        if (task.kind() == TaskKind.SUPPORT_FOLLOW_UP) {
            nextFollowUp(task, at);
        }
        return find(task.id()).orElseThrow();
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
                .ifPresent(facts -> start(
                        facts,
                        TaskKind.SUPPORT_FOLLOW_UP,
                        "after:" + done.id(),
                        RuleCodes.SUPPORT_FOLLOW_UP_REGULAR,
                        at,
                        null,
                        Holder.SUPPORT_OFFICER,
                        supportOfficer.get()));
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
            start(facts, TaskKind.UPDATE, trigger, RuleCodes.UPDATE_REGULAR, from);
        } else {
            start(
                    facts,
                    TaskKind.UPDATE,
                    trigger,
                    RuleCodes.UPDATE_AGREED,
                    from,
                    from.atZone(org.reassure.platform.Formats.UK)
                            .plusDays(everyDays.get())
                            .toInstant(),
                    Holder.OFFICER,
                    facts.officerUsername());
        }
    }

    /**
     * The victim agreed a new update frequency: a regular update still running is replaced by one at the new
     * frequency, counted from the same start (the first update after the report keeps its own clock).
     */
    void followAgreement(String reference, long agreementId) {
        List<CareTask> running = jdbc.sql(COLUMNS + """
                 WHERE t.case_reference = ? AND t.kind = 'UPDATE' AND t.status IN ('OPEN', 'OVERDUE') AND t.rule_code <> ?""")
                .params(reference, RuleCodes.UPDATE_FIRST)
                .query(CareTasks::task)
                .list();
        for (CareTask task : running) {
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

    /** Open tasks held by the supervisors of the units this person sees (reviews of high-risk assessments), soonest first. */
    @Transactional(readOnly = true)
    public List<CareTask> forSupervisorsOf(List<Long> unitIds) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.holder = 'SUPERVISOR' AND t.status IN ('OPEN', 'OVERDUE') AND t.unit_id = ANY(?) ORDER BY t.due_at LIMIT 200""")
                .param(unitIds.toArray(Long[]::new))
                .query(CareTasks::task)
                .list();
    }

    /** Open tasks held by the neighbourhood teams among these units (secondary reassurance contacts), soonest first. */
    @Transactional(readOnly = true)
    public List<CareTask> forNeighbourhoodTeamsOf(List<Long> unitIds) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.holder = 'NEIGHBOURHOOD_TEAM' AND t.status IN ('OPEN', 'OVERDUE') AND t.unit_id = ANY(?) ORDER BY t.due_at LIMIT 200""")
                .param(unitIds.toArray(Long[]::new))
                .query(CareTasks::task)
                .list();
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

    List<CareTask> forCaseUnchecked(String reference) {
        return jdbc.sql(COLUMNS + " WHERE t.case_reference = ? ORDER BY t.due_at, t.kind")
                .param(reference.trim().toUpperCase())
                .query(CareTasks::task)
                .list();
    }

    /** The tasks assigned to this person: open and overdue ones, and those done in the last week. */
    @Transactional(readOnly = true)
    public List<CareTask> assignedTo(StaffPrincipal person) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.assignee = ? AND (t.status IN ('OPEN', 'OVERDUE') OR t.completed_at > ?) ORDER BY t.due_at""")
                .params(person.getUsername(), Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(7))))
                .query(CareTasks::task)
                .list();
    }

    Optional<CareTask> find(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE t.id = ?")
                .param(id)
                .query(CareTasks::task)
                .optional();
    }

    static CareTask task(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new CareTask(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                TaskKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getString("rule_code"),
                rs.getInt("version"),
                rs.getString("assignee"),
                completed == null ? null : completed.toInstant(),
                rs.getString("completed_by"),
                rs.getString("closed_reason"));
    }
}
