package org.reassure.trials;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * Registering and running trials, one use case a method: an analyst drafts the plan, starts the trial (which
 * locks the plan), changes a locked plan only with a reason that is kept, and stops it. Supervisors may read.
 */
@Service
public class Trials {

    static final Set<Role> READERS = Set.of(Role.ANALYST, Role.SUPERVISOR);

    private static final String COLUMNS = """
            SELECT id, name, question, intervention, status, strands, unit_codes, channels, period_from, period_to, control_ratio,
                   treatment_ratio, stratify_unit, stratify_strand, follow_up_days, positive_outcome, satisfaction_outcome, target_size,
                   control_risk, hoped_risk, significance, created_by, created_at, started_by, started_at, stopped_at
            FROM trial
            """;

    /** A change to a locked plan, as shown with the results. */
    public record PlanChange(Instant at, String by, String what, String reason) {}

    private final JdbcClient jdbc;
    private final Units units;
    private final Strands strands;
    private final Clock clock;

    Trials(JdbcClient jdbc, Units units, Strands strands, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.strands = strands;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Trial> all(StaffPrincipal person) {
        requireReader(person);
        return jdbc.sql(COLUMNS + " ORDER BY created_at DESC, id DESC")
                .query(Trials::trial)
                .list();
    }

    @Transactional(readOnly = true)
    public Trial get(StaffPrincipal person, long id) {
        requireReader(person);
        return find(id);
    }

    Trial find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(Trials::trial)
                .optional()
                .orElseThrow(() -> new NotFound("There is no trial " + id + "."));
    }

    /** The trials enrolling now, each locked for the enrolment that follows (one enrolment a trial at a time). */
    List<Trial> runningForUpdate() {
        return jdbc.sql(COLUMNS + " WHERE status = 'RUNNING' ORDER BY id FOR UPDATE")
                .query(Trials::trial)
                .list();
    }

    @Transactional
    public Trial create(StaffPrincipal person, MultiValueMap<String, String> form) {
        requireAnalyst(person);
        TrialPlan plan = read(form);
        refuseDuplicateName(plan.name(), 0);
        long id = jdbc.sql("""
                INSERT INTO trial (name, question, intervention, status, strands, unit_codes, channels, period_from, period_to,
                    control_ratio, treatment_ratio, stratify_unit, stratify_strand, follow_up_days, positive_outcome, satisfaction_outcome,
                    target_size, control_risk, hoped_risk, significance, created_by, created_at)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        plan.name(),
                        plan.question(),
                        TrialPlan.INTERVENTION,
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
                        plan.significance(),
                        person.getUsername(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return find(id);
    }

    /**
     * Changes the plan. A draft changes freely; a started trial's plan is locked: a change needs a reason and
     * is recorded, and the allocation (ratio, strata) cannot change at all once cases are being allocated.
     */
    @Transactional
    public Trial change(StaffPrincipal person, long id, MultiValueMap<String, String> form, String reason) {
        requireAnalyst(person);
        Trial trial = jdbc.sql(COLUMNS + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Trials::trial)
                .optional()
                .orElseThrow(() -> new NotFound("There is no trial " + id + "."));
        TrialPlan plan = read(form);
        refuseDuplicateName(plan.name(), id);
        List<String> differences = plan.differencesFrom(trial);
        if (trial.locked()) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput(
                        "reason", "The trial has started, so its plan is locked: give the reason for this change");
            }
            if (reason.strip().length() > 2000) {
                throw new InvalidInput("reason", "Give the reason in 2000 characters or fewer");
            }
            if (plan.changesAllocation(trial)) {
                throw new InvalidInput(
                        "controlRatio",
                        "The allocation ratio and the strata cannot change once cases are being allocated: "
                                + "stop this trial and register a new one");
            }
            if (differences.isEmpty()) {
                throw new InvalidInput("name", "Nothing in the plan was changed");
            }
        }
        jdbc.sql("""
                UPDATE trial SET name = ?, question = ?, strands = ?, unit_codes = ?, channels = ?, period_from = ?, period_to = ?,
                    control_ratio = ?, treatment_ratio = ?, stratify_unit = ?, stratify_strand = ?, follow_up_days = ?,
                    positive_outcome = ?, satisfaction_outcome = ?, target_size = ?, control_risk = ?, hoped_risk = ?, significance = ? WHERE id = ?""")
                .params(
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
                        plan.significance(),
                        id)
                .update();
        if (trial.locked()) {
            jdbc.sql(
                            "INSERT INTO trial_plan_change (trial_id, changed_at, changed_by, what, reason) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            id,
                            Timestamp.from(clock.instant()),
                            person.getUsername(),
                            String.join("\n", differences),
                            reason.strip())
                    .update();
        }
        return find(id);
    }

    /** Starts enrolling: from now the plan is locked. */
    @Transactional
    public Trial start(StaffPrincipal person, long id) {
        requireAnalyst(person);
        int started = jdbc.sql(
                        "UPDATE trial SET status = 'RUNNING', started_by = ?, started_at = ? WHERE id = ? AND status = 'DRAFT'")
                .params(person.getUsername(), Timestamp.from(clock.instant()), id)
                .update();
        if (started == 0) {
            Trial trial = find(id);
            throw new ConflictingState("The trial " + trial.name() + " has already started.");
        }
        return find(id);
    }

    /** Stops enrolling; enrolled cases are followed up and analysed as before. */
    @Transactional
    public Trial stop(StaffPrincipal person, long id, String reason) {
        requireAnalyst(person);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Give the reason for stopping the trial");
        }
        int stopped = jdbc.sql(
                        "UPDATE trial SET status = 'STOPPED', stopped_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        if (stopped == 0) {
            throw new ConflictingState("Only a running trial can be stopped.");
        }
        jdbc.sql(
                        "INSERT INTO trial_plan_change (trial_id, changed_at, changed_by, what, reason) VALUES (?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(clock.instant()), person.getUsername(), "Enrolment stopped", reason.strip())
                .update();
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<PlanChange> changes(StaffPrincipal person, long id) {
        requireReader(person);
        return jdbc.sql(
                        "SELECT changed_at, changed_by, what, reason FROM trial_plan_change WHERE trial_id = ? ORDER BY changed_at, id")
                .param(id)
                .query((rs, row) -> new PlanChange(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private TrialPlan read(MultiValueMap<String, String> form) {
        Set<String> strandCodes =
                strands.active().stream().map(Strands.StrandInfo::code).collect(Collectors.toSet());
        Set<String> unitCodes = units.all().stream().map(Unit::code).collect(Collectors.toSet());
        return TrialPlan.read(form, strandCodes, unitCodes);
    }

    private void refuseDuplicateName(String name, long except) {
        boolean taken = jdbc.sql("SELECT count(*) FROM trial WHERE lower(name) = lower(?) AND id <> ?")
                        .params(name, except)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidInput("name", "There is already a trial called " + name + ": choose another name");
        }
    }

    static void requireReader(StaffPrincipal person) {
        if (READERS.stream().noneMatch(person::hasRole)) {
            throw new AccessDeniedException("Only analysts and supervisors can see trials.");
        }
    }

    static void requireAnalyst(StaffPrincipal person) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts can register and change trials.");
        }
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
