package org.reassure.trials.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * Registering and running trials, one use case a method: an analyst drafts the plan, starts the trial (which
 * locks the plan), changes a locked plan only with a reason that is kept, and stops it. Supervisors may read.
 */
@Service
public class Trials {

    private final TrialStore store;
    private final PlanChanges changes;
    private final Clock clock;

    Trials(TrialStore store, PlanChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Trial> all(StaffPrincipal person) {
        TrialAccess.requireReader(person);
        return store.all();
    }

    @Transactional(readOnly = true)
    public Trial get(StaffPrincipal person, long id) {
        TrialAccess.requireReader(person);
        return find(id);
    }

    Trial find(long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** The trials enrolling now, each locked for the enrolment that follows (one enrolment a trial at a time). */
    List<Trial> runningForUpdate() {
        return store.runningForUpdate();
    }

    @Transactional
    public Trial create(StaffPrincipal person, TrialPlan plan) {
        TrialAccess.requireAnalyst(person);
        refuseDuplicateName(plan.name(), 0);
        return find(store.insert(plan, person.getUsername(), clock.instant()));
    }

    /**
     * Changes the plan. A draft changes freely; a started trial's plan is locked: a change needs a reason and
     * is recorded, and the allocation (ratio, strata) cannot change at all once cases are being allocated.
     */
    @Transactional
    public Trial change(StaffPrincipal person, long id, TrialPlan plan, String reason) {
        TrialAccess.requireAnalyst(person);
        Trial trial = store.findForUpdate(id).orElseThrow(() -> notFound(id));
        refuseDuplicateName(plan.name(), id);
        List<PlanChanges.Line> differences = plan.differencesFrom(trial);
        if (trial.locked()) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("reason", "trials.change.reasonMissing");
            }
            if (reason.strip().length() > 2000) {
                throw new InvalidInput("reason", "trials.change.reasonTooLong");
            }
            if (plan.changesAllocation(trial)) {
                throw new InvalidInput("controlRatio", "trials.change.allocationLocked");
            }
            if (differences.isEmpty()) {
                throw new InvalidInput("name", "trials.change.nothing");
            }
        }
        store.update(id, plan);
        if (trial.locked()) {
            changes.changed(id, clock.instant(), person.getUsername(), differences, reason.strip());
        }
        return find(id);
    }

    /** Starts enrolling: from now the plan is locked. */
    @Transactional
    public Trial start(StaffPrincipal person, long id) {
        TrialAccess.requireAnalyst(person);
        if (!store.start(id, person.getUsername(), clock.instant())) {
            throw new ConflictingState("trials.start.already", find(id).name());
        }
        return find(id);
    }

    /** Stops enrolling; enrolled cases are followed up and analysed as before. */
    @Transactional
    public Trial stop(StaffPrincipal person, long id, String reason) {
        TrialAccess.requireAnalyst(person);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "trials.stop.reasonMissing");
        }
        Instant now = clock.instant();
        if (!store.stop(id, now)) {
            throw new ConflictingState("trials.stop.notRunning");
        }
        changes.stopped(id, now, person.getUsername(), reason.strip());
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<PlanChange> changes(StaffPrincipal person, long id) {
        TrialAccess.requireReader(person);
        return changes.of(id);
    }

    private void refuseDuplicateName(String name, long except) {
        if (store.nameTaken(name, except)) {
            throw new InvalidInput("name", "trials.plan.nameTaken", name);
        }
    }

    private static NotFound notFound(long id) {
        return new NotFound("trials.notFound", String.valueOf(id));
    }
}
