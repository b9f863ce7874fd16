package org.reassure.care.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.ReassuranceContacts.Directive;
import org.reassure.care.TaskKind;
import org.reassure.casework.CaseFacts;
import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.NotFound;

/**
 * Secondary reassurance contact (SRC): a neighbourhood officer's call or visit to the victim in the weeks
 * after the report, distinct from the investigation (College of Policing practice note, "Securing victim
 * support in hate crime investigations"). Whether a case gets one is decided here, once per case: by a trial's
 * allocation ({@link #require}, {@link #withhold}) or else by the force policy ({@link SecondaryReassurancePolicy}).
 * The task is due by the close of the SRC window of the rule set in force ({@code VICTIMS_CODE_SRC_CLOSES},
 * 21 days after the report in rule set 1).
 */
@Service
public class SecondaryReassurance {

    /** The rule that gives an SRC task its limit, counted from the time the report was received. */
    public static final String RULE = "VICTIMS_CODE_SRC_CLOSES";
    /** One SRC task a case: a retried event, or the policy and a trial both asking, make no second one. */
    public static final String TRIGGER = "src";

    private final JdbcClient jdbc;
    private final CareTasks tasks;
    private final Cases cases;
    private final Units units;
    private final Clock clock;

    SecondaryReassurance(JdbcClient jdbc, CareTasks tasks, Cases cases, Units units, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cases = cases;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Schedules the case's one SRC task, held by the neighbourhood team covering the victim's area (the nearest
     * unit with neighbourhood officers, searched from the case's unit up to its borough), apart from the
     * investigation. A case still with the force (not yet in a borough) keeps the task in its own unit until it
     * is allocated, when {@link #followAllocation} moves it to the team of its new area.
     */
    private void schedule(CaseFacts facts) {
        tasks.start(
                facts,
                TaskKind.SECONDARY_REASSURANCE,
                TRIGGER,
                RULE,
                facts.receivedAt(),
                null,
                CareTasks.Holder.NEIGHBOURHOOD_TEAM,
                null,
                teamFor(facts.unitId()));
    }

    private long teamFor(long caseUnitId) {
        return units.nearestWithRole(caseUnitId, Role.NEIGHBOURHOOD_OFFICER)
                .map(Unit::id)
                .orElse(caseUnitId);
    }

    /** The case moved to another unit: an open SRC task moves to the neighbourhood team of the case's new area. */
    @Transactional
    public void followAllocation(String caseReference, long newUnitId) {
        tasks.moveTeamTasks(normalise(caseReference), teamFor(newUnitId));
    }

    /** This case must have an SRC (a trial allocated it to the arm that gets one): schedules the task once. */
    @Transactional
    public void require(String caseReference, String reason) {
        CaseFacts facts = facts(caseReference);
        decide(facts.reference(), Directive.REQUIRED, reason);
        schedule(facts);
    }

    /** This case must not have an SRC (a trial's usual-care arm): records it and closes an open SRC task. */
    @Transactional
    public void withhold(String caseReference, String reason) {
        CaseFacts facts = facts(caseReference);
        decide(facts.reference(), Directive.WITHHELD, reason);
        tasks.closeOpen(
                facts.reference(),
                EnumSet.of(TaskKind.SECONDARY_REASSURANCE),
                "No secondary reassurance contact: " + reason.strip());
    }

    /** Whether an SRC was made: a contact of that kind logged with the outcome "made". */
    @Transactional(readOnly = true)
    public boolean received(String caseReference) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM care_contact WHERE case_reference = ? AND kind = 'SECONDARY_REASSURANCE' AND outcome = 'MADE')""")
                .param(normalise(caseReference))
                .query(Boolean.class)
                .single();
    }

    /** What was decided for this case, if anything. */
    @Transactional(readOnly = true)
    public Optional<Directive> directive(String caseReference) {
        return jdbc.sql("SELECT directive FROM care_src_directive WHERE case_reference = ?")
                .param(normalise(caseReference))
                .query(String.class)
                .optional()
                .map(Directive::valueOf);
    }

    /**
     * The force policy offers an SRC: it stands only where no trial has decided. Locks the case's row, so a
     * trial deciding at the same moment waits, and returns the decision that stands.
     */
    @Transactional
    public Directive offerByPolicy(String caseReference, String reason) {
        CaseFacts facts = facts(caseReference);
        Directive standing = jdbc.sql("""
                INSERT INTO care_src_directive (case_reference, directive, source, reason, decided_at) VALUES (?, 'REQUIRED', 'POLICY', ?, ?)
                ON CONFLICT (case_reference) DO UPDATE SET case_reference = EXCLUDED.case_reference RETURNING directive""")
                .params(facts.reference(), reason, Timestamp.from(clock.instant()))
                .query(String.class)
                .optional()
                .map(Directive::valueOf)
                .orElseThrow();
        if (standing == Directive.REQUIRED) {
            schedule(facts);
        }
        return standing;
    }

    private void decide(String reference, Directive directive, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision on a secondary reassurance contact needs a reason");
        }
        jdbc.sql("""
                INSERT INTO care_src_directive (case_reference, directive, source, reason, decided_at) VALUES (?, ?, 'TRIAL', ?, ?)
                ON CONFLICT (case_reference) DO UPDATE SET directive = EXCLUDED.directive, source = 'TRIAL', reason = EXCLUDED.reason,
                    decided_at = EXCLUDED.decided_at""")
                .params(reference, directive.name(), reason.strip(), Timestamp.from(clock.instant()))
                .update();
    }

    private CaseFacts facts(String caseReference) {
        return cases.facts(caseReference).orElseThrow(() -> new NotFound("care.problem.noCase", caseReference));
    }

    private static String normalise(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase();
    }
}
