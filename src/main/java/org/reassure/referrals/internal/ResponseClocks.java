package org.reassure.referrals.internal;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Component;

import org.reassure.care.WorkingDays;

/**
 * The organisation's clock to answer a referral, on db-scheduler like the care clocks (the platform's
 * {@code scheduled_tasks}, used only through db-scheduler's own client): one node takes it when it is due, and it
 * survives restarts. When it fires on a referral still unanswered, {@link ResponseClockTask} marks the referral lapsed
 * and its case officer sees it on "My work" and on the case page.
 */
@Component
public class ResponseClocks {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final WorkingDays workingDays;

    ResponseClocks(SchedulerClient scheduler, OneTimeTask<Void> referralResponseClock, WorkingDays workingDays) {
        this.scheduler = scheduler;
        this.task = referralResponseClock;
        this.workingDays = workingDays;
    }

    /** When an organisation that answers in {@code days} working days must answer a referral sent at {@code sentAt}. */
    Instant respondBy(Instant sentAt, int days) {
        return workingDays.endOfWorkingDayAfter(sentAt, days);
    }

    void set(UUID referralId, Instant respondBy) {
        scheduler.scheduleIfNotExists(task.instance(referralId.toString()), respondBy);
    }

    /** Moves a clock not yet taken to a new time (the demo data's referrals sent days ago). */
    public void reset(UUID referralId, Instant respondBy) {
        cancel(referralId);
        set(referralId, respondBy);
    }

    /**
     * Stops a clock not yet taken by a node. One already taken (or gone) is left alone: when it fires it finds the
     * referral answered or closed and does nothing.
     */
    public void cancel(UUID referralId) {
        try {
            scheduler.cancel(task.instance(referralId.toString()));
        } catch (TaskInstanceException takenOrGone) {
            // Nothing to stop: the clock has fired, is firing now, or was never set.
        }
    }
}
