package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.CareRules;
import org.reassure.care.RuleSet;
import org.reassure.care.TaskKind;
import org.reassure.care.WorkingDays;
import org.reassure.casework.CaseFacts;

/**
 * Starting a care task: its due time from the rule set in force the day its clock starts (a clock keeps its limit when
 * a new set is published), its row, and its reminder and breach clocks.
 */
@Component
class TaskStarts {

    private final JdbcClient jdbc;
    private final CareRules rules;
    private final WorkingDays workingDays;
    private final CareClocks.Setter clocks;

    TaskStarts(JdbcClient jdbc, CareRules rules, WorkingDays workingDays, CareClocks.Setter clocks) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clocks = clocks;
    }

    /**
     * Starts a task under {@code ruleCode} of the rule set in force on the day of {@code start}, due by the rule's limit
     * or by {@code dueBy} when that is earlier, held by {@code holder} in {@code unitId}; the same trigger twice starts
     * one task. Returns the new task's id, or empty when it already existed.
     */
    Optional<UUID> start(
            CaseFacts facts,
            TaskKind kind,
            String triggerKey,
            String ruleCode,
            Instant start,
            Instant dueBy,
            CareTasks.Holder holder,
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
}
