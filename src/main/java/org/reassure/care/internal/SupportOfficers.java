package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;

/**
 * Hate Crime Support Officers (volunteer officers, on top of their duties): a supervisor assigns one to a case;
 * the support officer then holds the needs assessment and support follow-up tasks of that case, and sees their
 * caseload with what is overdue first.
 */
@Service
public class SupportOfficers {

    /** One case on a support officer's caseload, with its open tasks. */
    public record CaseloadEntry(
            String caseReference, Instant assignedAt, int openTasks, int overdueTasks, Instant nextDue) {}

    /** The current assignment of a case. */
    public record Assignment(
            String caseReference,
            String supportOfficer,
            String supportOfficerName,
            String assignedBy,
            Instant assignedAt) {}

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CareAccess access;
    private final CareTasks tasks;
    private final StaffAccounts accounts;
    private final Units units;
    private final Clock clock;

    SupportOfficers(
            JdbcClient jdbc,
            Cases cases,
            CareAccess access,
            CareTasks tasks,
            StaffAccounts accounts,
            Units units,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.accounts = accounts;
        this.units = units;
        this.clock = clock;
    }

    /** Support officers whose units cover the case, by name: the only ones a supervisor may assign. */
    @Transactional(readOnly = true)
    public List<StaffAccount> candidates(StaffPrincipal person, String reference) {
        String ref = access.seeing(person, reference);
        CaseFacts facts = cases.facts(ref).orElseThrow();
        return accounts.all().stream()
                .filter(a -> a.enabled()
                        && a.roles().contains(Role.SUPPORT_OFFICER)
                        && a.unitId() != null
                        && units.subtree(a.unitId()).contains(facts.unitId()))
                .sorted(Comparator.comparing(StaffAccount::displayName))
                .toList();
    }

    /**
     * A supervisor assigns a support officer: the last assignment ends, the case's open needs assessment and support
     * follow-up tasks go to the new officer, and a first follow-up is due within the rule's limit.
     */
    @Transactional
    public Assignment assign(StaffPrincipal person, String reference, String username) {
        String ref = access.seeing(person, reference);
        if (!person.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors assign hate crime support officers.");
        }
        String chosen = username == null ? "" : username.trim().toLowerCase();
        if (candidates(person, ref).stream().noneMatch(a -> a.username().equals(chosen))) {
            new FormErrors()
                    .add(
                            "supportOfficer",
                            chosen.isEmpty()
                                    ? "care.problem.supportOfficerMissing"
                                    : "care.problem.supportOfficerNotCovering")
                    .throwIfAny();
        }
        Optional<Assignment> current = current(ref);
        if (current.isPresent() && current.get().supportOfficer().equals(chosen)) {
            new FormErrors()
                    .add(
                            "supportOfficer",
                            "care.problem.supportOfficerAlready",
                            current.get().supportOfficerName())
                    .throwIfAny();
        }
        Instant now = clock.instant();
        jdbc.sql(
                        "UPDATE care_support_assignment SET ended_at = ?, ended_by = ? WHERE case_reference = ? AND ended_at IS NULL")
                .params(Timestamp.from(now), person.getUsername(), ref)
                .update();
        // The new support officer introduces themselves with a first follow-up; the last one's follow-up is no longer
        // due.
        current.ifPresent(previous ->
                tasks.closeOpen(ref, EnumSet.of(TaskKind.SUPPORT_FOLLOW_UP), "A new support officer was assigned"));
        long id = jdbc.sql("""
                INSERT INTO care_support_assignment (case_reference, support_officer, assigned_by, assigned_at) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(ref, chosen, person.getUsername(), Timestamp.from(now))
                .query(Long.class)
                .single();
        jdbc.sql("""
                UPDATE care_task SET holder = 'SUPPORT_OFFICER', assignee = ?
                WHERE case_reference = ? AND status IN ('OPEN', 'OVERDUE') AND (holder = 'SUPPORT_OFFICER' OR kind IN ('NEEDS_ASSESSMENT', 'SUPPORT_FOLLOW_UP'))""").params(chosen, ref).update();
        tasks.start(
                cases.facts(ref).orElseThrow(),
                TaskKind.SUPPORT_FOLLOW_UP,
                "support:" + id,
                RuleCodes.SUPPORT_FOLLOW_UP,
                now,
                null,
                CareTasks.Holder.SUPPORT_OFFICER,
                chosen);
        return current(ref).orElseThrow();
    }

    /**
     * Support ends (the victim no longer needs it, or wants no more contact): the assignment ends with the reason, the
     * open follow-up closes, and a needs assessment still to do goes back to the case's officer. A supervisor or the
     * support officer themselves may end it.
     */
    @Transactional
    public void end(StaffPrincipal person, String reference, String reason) {
        String ref = access.seeing(person, reference);
        Assignment current = current(ref).orElseThrow(() -> new ConflictingState("care.problem.noSupportOfficer"));
        if (!person.hasRole(Role.SUPERVISOR) && !person.getUsername().equals(current.supportOfficer())) {
            throw new AccessDeniedException("Only a supervisor or the case's support officer may end the support.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            new FormErrors().add("endReason", "care.problem.endReasonMissing").throwIfAny();
        }
        if (why.length() > 1000) {
            new FormErrors().add("endReason", "care.problem.endReasonTooLong").throwIfAny();
        }
        jdbc.sql(
                        "UPDATE care_support_assignment SET ended_at = ?, ended_by = ?, end_reason = ? WHERE case_reference = ? AND ended_at IS NULL")
                .params(Timestamp.from(clock.instant()), person.getUsername(), why, ref)
                .update();
        tasks.closeOpen(ref, EnumSet.of(TaskKind.SUPPORT_FOLLOW_UP), "The support ended: " + why);
        String officer = cases.facts(ref).map(CaseFacts::officerUsername).orElse(null);
        jdbc.sql("""
                UPDATE care_task SET holder = 'OFFICER', assignee = ?
                WHERE case_reference = ? AND status IN ('OPEN', 'OVERDUE') AND holder = 'SUPPORT_OFFICER'""").params(officer, ref).update();
    }

    @Transactional(readOnly = true)
    public Optional<Assignment> current(String reference) {
        return jdbc.sql("""
                SELECT case_reference, support_officer, assigned_by, assigned_at FROM care_support_assignment
                WHERE case_reference = ? AND ended_at IS NULL""")
                .param(reference.trim().toUpperCase())
                .query((rs, n) -> new Assignment(
                        rs.getString("case_reference"),
                        rs.getString("support_officer"),
                        accounts.findByUsername(rs.getString("support_officer"))
                                .map(StaffAccount::displayName)
                                .orElse(rs.getString("support_officer")),
                        rs.getString("assigned_by"),
                        rs.getTimestamp("assigned_at").toInstant()))
                .optional();
    }

    /** The support officer's cases: those with overdue tasks first, then by the next task due. */
    @Transactional(readOnly = true)
    public List<CaseloadEntry> caseload(StaffPrincipal person) {
        return jdbc.sql("""
                SELECT a.case_reference, a.assigned_at,
                       count(t.id) FILTER (WHERE t.status IN ('OPEN', 'OVERDUE')) AS open_tasks,
                       count(t.id) FILTER (WHERE t.status = 'OVERDUE') AS overdue_tasks,
                       min(t.due_at) FILTER (WHERE t.status IN ('OPEN', 'OVERDUE')) AS next_due
                FROM care_support_assignment a LEFT JOIN care_task t ON t.case_reference = a.case_reference
                WHERE a.support_officer = ? AND a.ended_at IS NULL
                GROUP BY a.case_reference, a.assigned_at
                ORDER BY count(t.id) FILTER (WHERE t.status = 'OVERDUE') > 0 DESC, next_due NULLS LAST, a.case_reference""")
                .param(person.getUsername())
                .query((rs, n) -> new CaseloadEntry(
                        rs.getString("case_reference"),
                        rs.getTimestamp("assigned_at").toInstant(),
                        rs.getInt("open_tasks"),
                        rs.getInt("overdue_tasks"),
                        rs.getTimestamp("next_due") == null
                                ? null
                                : rs.getTimestamp("next_due").toInstant()))
                .list();
    }
}
