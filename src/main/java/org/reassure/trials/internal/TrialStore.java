package org.reassure.trials.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code trial} table: trials as registered, their plans and where they stand. */
@Component
class TrialStore {

    private static final String COLUMNS = """
            SELECT id, name, question, intervention, status, strands, unit_codes, channels, period_from, period_to, control_ratio,
                   treatment_ratio, stratify_unit, stratify_strand, follow_up_days, positive_outcome, satisfaction_outcome, target_size,
                   control_risk, hoped_risk, significance, created_by, created_at, started_by, started_at, stopped_at
            FROM trial
            """;

    /** The columns a plan sets, in the order of {@link #plan}. */
    private static final String PLAN_COLUMNS =
            "name, question, strands, unit_codes, channels, period_from, period_to, control_ratio, treatment_ratio,"
                    + " stratify_unit, stratify_strand, follow_up_days, positive_outcome, satisfaction_outcome,"
                    + " target_size, control_risk, hoped_risk, significance";

    private final JdbcClient jdbc;

    TrialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Trial> all() {
        return jdbc.sql(COLUMNS + " ORDER BY created_at DESC, id DESC")
                .query(TrialStore::trial)
                .list();
    }

    Optional<Trial> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(TrialStore::trial)
                .optional();
    }

    /** The trial, locked until the transaction ends. */
    Optional<Trial> findForUpdate(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(TrialStore::trial)
                .optional();
    }

    /** The trials enrolling now, each locked for the enrolment that follows (one enrolment a trial at a time). */
    List<Trial> runningForUpdate() {
        return jdbc.sql(COLUMNS + " WHERE status = 'RUNNING' ORDER BY id FOR UPDATE")
                .query(TrialStore::trial)
                .list();
    }

    boolean nameTaken(String name, long except) {
        return jdbc.sql("SELECT count(*) FROM trial WHERE lower(name) = lower(?) AND id <> ?")
                        .params(name, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(TrialPlan plan, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO trial (%s, intervention, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""".formatted(PLAN_COLUMNS))
                .params(plan(plan, TrialPlan.INTERVENTION, by, Timestamp.from(at)))
                .query(Long.class)
                .single();
    }

    void update(long id, TrialPlan plan) {
        String set = String.join(" = ?, ", PLAN_COLUMNS.split(", ")) + " = ?";
        jdbc.sql("UPDATE trial SET " + set + " WHERE id = ?")
                .params(plan(plan, id))
                .update();
    }

    /** The plan's values in the order of {@link #PLAN_COLUMNS}, then {@code more}. */
    private static Object[] plan(TrialPlan plan, Object... more) {
        List<Object> values = new ArrayList<>(List.of(
                plan.name(),
                plan.question(),
                array(plan.strands()),
                array(plan.unitCodes()),
                array(plan.channels()),
                plan.periodFrom(),
                plan.periodTo(),
                plan.controlRatio(),
                plan.treatmentRatio(),
                plan.stratifyUnit(),
                plan.stratifyStrand(),
                plan.followUpDays(),
                plan.positiveOutcome(),
                plan.satisfactionOutcome(),
                plan.targetSize(),
                plan.controlRisk(),
                plan.hopedRisk(),
                plan.significance()));
        values.addAll(List.of(more));
        return values.toArray();
    }

    /** Starts a draft; false when the trial was not a draft. */
    boolean start(long id, String by, Instant at) {
        return jdbc.sql(
                                "UPDATE trial SET status = 'RUNNING', started_by = ?, started_at = ? WHERE id = ? AND status = 'DRAFT'")
                        .params(by, Timestamp.from(at), id)
                        .update()
                > 0;
    }

    /** Stops a running trial; false when it was not running. */
    boolean stop(long id, Instant at) {
        return jdbc.sql("UPDATE trial SET status = 'STOPPED', stopped_at = ? WHERE id = ? AND status = 'RUNNING'")
                        .params(Timestamp.from(at), id)
                        .update()
                > 0;
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Trial trial(ResultSet rs, int row) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp stopped = rs.getTimestamp("stopped_at");
        return new Trial(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("question"),
                rs.getString("intervention"),
                TrialStatus.valueOf(rs.getString("status")),
                list(rs.getArray("strands")),
                list(rs.getArray("unit_codes")),
                list(rs.getArray("channels")),
                rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(),
                rs.getInt("control_ratio"),
                rs.getInt("treatment_ratio"),
                rs.getBoolean("stratify_unit"),
                rs.getBoolean("stratify_strand"),
                rs.getInt("follow_up_days"),
                rs.getBoolean("positive_outcome"),
                rs.getBoolean("satisfaction_outcome"),
                rs.getInt("target_size"),
                rs.getBigDecimal("control_risk").doubleValue(),
                rs.getBigDecimal("hoped_risk").doubleValue(),
                rs.getBigDecimal("significance").doubleValue(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("started_by"),
                started == null ? null : started.toInstant(),
                stopped == null ? null : stopped.toInstant());
    }
}
