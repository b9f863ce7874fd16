package org.reassure.care;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.internal.CareTasks;

/**
 * What victim care needs to hear of referrals: a referral sent to a support organisation keeps the
 * Victims' Code promise of referral within 2 working days, so it completes the case's open REFERRAL task.
 */
@Service
public class ReferralCare {

    private final CareTasks tasks;

    ReferralCare(CareTasks tasks) {
        this.tasks = tasks;
    }

    /** Completes the oldest open or overdue REFERRAL task of the case, if there is one; true when one was completed. */
    @Transactional
    public boolean referralSent(String reference, Instant at, String by) {
        return tasks.completeMatching(reference, TaskKind.REFERRAL, at, by).isPresent();
    }
}
