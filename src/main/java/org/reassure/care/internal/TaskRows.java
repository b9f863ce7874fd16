package org.reassure.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.care.TaskKind;

/** The queries of care tasks, each with its rule set's version. Callers check access. */
@Component
class TaskRows {

    private static final String COLUMNS = """
            SELECT t.id, t.case_reference, t.kind, t.started_at, t.due_at, t.status, t.rule_code, s.version, t.assignee,
                   t.completed_at, t.completed_by, t.closed_reason, t.note_key, t.note_args
            FROM care_task t JOIN care_rule_set s ON s.id = t.rule_set_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<CareTask> find(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE t.id = ?")
                .param(id)
                .query(TaskRows::task)
                .optional();
    }

    List<CareTask> ofCase(String reference) {
        return jdbc.sql(COLUMNS + " WHERE t.case_reference = ? ORDER BY t.due_at, t.kind")
                .param(reference.trim().toUpperCase())
                .query(TaskRows::task)
                .list();
    }

    /** The oldest open task of this kind on the case that had started by {@code at}. */
    Optional<CareTask> oldestOpen(String reference, TaskKind kind, Instant at) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.case_reference = ? AND t.kind = ? AND t.status IN ('OPEN', 'OVERDUE') AND t.started_at <= ?
                 ORDER BY t.due_at LIMIT 1""")
                .params(reference, kind.name(), Timestamp.from(at))
                .query(TaskRows::task)
                .optional();
    }

    /** The task of this kind on the case started by the trigger {@code triggerKey}. */
    Optional<CareTask> byTrigger(String reference, TaskKind kind, String triggerKey) {
        return jdbc.sql(COLUMNS + " WHERE t.case_reference = ? AND t.kind = ? AND t.trigger_key = ?")
                .params(reference.trim().toUpperCase(), kind.name(), triggerKey)
                .query(TaskRows::task)
                .optional();
    }

    /** The regular updates still running on a case (not the first update after the report). */
    List<CareTask> regularUpdatesRunning(String reference) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.case_reference = ? AND t.kind = 'UPDATE' AND t.status IN ('OPEN', 'OVERDUE') AND t.rule_code <> ?""")
                .params(reference, RuleCodes.UPDATE_FIRST)
                .query(TaskRows::task)
                .list();
    }

    /** Open tasks held by {@code holder} in these units, soonest first. */
    List<CareTask> heldBy(CareTasks.Holder holder, List<Long> unitIds) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.holder = ? AND t.status IN ('OPEN', 'OVERDUE') AND t.unit_id = ANY(?) ORDER BY t.due_at LIMIT 200""")
                .params(holder.name(), unitIds.toArray(Long[]::new))
                .query(TaskRows::task)
                .list();
    }

    /** The tasks assigned to this person: open and overdue ones, and those done in the last week. */
    List<CareTask> assignedTo(String username) {
        return jdbc.sql(COLUMNS + """
                 WHERE t.assignee = ? AND (t.status IN ('OPEN', 'OVERDUE') OR t.completed_at > ?) ORDER BY t.due_at""")
                .params(username, Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .query(TaskRows::task)
                .list();
    }

    private static CareTask task(ResultSet rs, int row) throws SQLException {
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
                rs.getString("closed_reason"),
                TaskNotes.read(rs.getString("note_key"), rs.getArray("note_args")));
    }
}
