package org.reassure.synthetic.internal;

import static org.reassure.synthetic.internal.Draws.DAY;
import static org.reassure.synthetic.internal.Draws.HOUR;
import static org.reassure.synthetic.internal.Draws.NONE;

/**
 * When things happen to one case, in epoch seconds: recording, review, allocation and investigation, then an outcome
 * or the victim's withdrawal, and for a crime whose victim can be contacted and who is still engaged when the SRC
 * window opens, the arm it was randomised to. A non-crime hate incident is closed instead.
 *
 * @param outcome the Home Office outcome of a crime (14 or 16 after a withdrawal), 0 for an incident
 */
record Timeline(
        boolean incident,
        long received,
        long recordedAt,
        long reviewedAt,
        long allocatedAt,
        long investigatingAt,
        long withdrawnAt,
        long endedAt,
        String arm,
        long randomisedAt,
        int outcome,
        boolean suspectKnown) {

    /**
     * Draws a case's timeline. The victim's withdrawal competes with the outcome: a constant daily hazard
     * {@code hazard}, lowered by {@code srcEffect} from the day the SRC window opens for a case randomised to SRC.
     */
    static Timeline draw(
            Draws draws,
            long received,
            boolean incident,
            boolean anonymous,
            double hazard,
            double srcEffect,
            long asOf) {
        long recordedAt = received + draws.hours(1, 30);
        long reviewedAt = recordedAt + draws.hours(1, 24);
        long allocatedAt = reviewedAt + draws.hours(1, 48);
        long investigatingAt = allocatedAt + draws.hours(1, 72);
        if (incident) {
            long closedAt = reviewedAt + (long) ((2 + 18 * draws.uniform()) * DAY);
            return new Timeline(
                    true,
                    received,
                    recordedAt,
                    reviewedAt,
                    allocatedAt,
                    investigatingAt,
                    NONE,
                    closedAt,
                    null,
                    NONE,
                    0,
                    false);
        }
        double outcomeDays =
                Math.max(3.0, Calibration.OUTCOME_MEDIAN_DAYS * Math.exp(Calibration.OUTCOME_SIGMA * draws.gaussian()));
        double exposure = draws.exponential();
        double opens = Calibration.SRC_OPENS_DAYS;
        double withdrawalDays = exposure / hazard;
        String arm = null;
        long randomisedAt = NONE;
        boolean eligible =
                !anonymous && withdrawalDays > opens && outcomeDays > opens && received + (long) (opens * DAY) <= asOf;
        if (eligible) {
            randomisedAt = received + (long) (opens * DAY);
            arm = draws.coin() ? "TREATMENT" : "CONTROL";
            if ("TREATMENT".equals(arm)) {
                // From the day the window opens, the treated victim's hazard of withdrawing is lowered by the effect.
                withdrawalDays = opens + (exposure - opens * hazard) / (hazard * (1.0 - srcEffect));
            }
        }
        if (withdrawalDays < outcomeDays) {
            long withdrawnAt = Math.max(received + (long) (withdrawalDays * DAY), investigatingAt + HOUR);
            long endedAt = withdrawnAt + Math.max(HOUR, (long) (draws.exponential() * 5 * DAY));
            boolean suspectKnown = draws.chance(0.45);
            return new Timeline(
                    false,
                    received,
                    recordedAt,
                    reviewedAt,
                    allocatedAt,
                    investigatingAt,
                    withdrawnAt,
                    endedAt,
                    arm,
                    randomisedAt,
                    suspectKnown ? 16 : 14,
                    suspectKnown);
        }
        long endedAt = Math.max(received + (long) (outcomeDays * DAY), investigatingAt + draws.hours(1, 24));
        int outcome = Calibration.OUTCOMES[draws.pick(Calibration.OUTCOME_SHARE)];
        return new Timeline(
                false,
                received,
                recordedAt,
                reviewedAt,
                allocatedAt,
                investigatingAt,
                NONE,
                endedAt,
                arm,
                randomisedAt,
                outcome,
                outcome != 18 && outcome != 14);
    }

    /** Where the case stands at {@code asOf}: a CaseStatus constant. */
    String status(long asOf) {
        if (asOf < recordedAt) {
            return "REPORTED";
        } else if (incident) {
            return asOf < endedAt ? "RECORDED" : "CLOSED";
        } else if (asOf < allocatedAt) {
            return "RECORDED";
        } else if (asOf < investigatingAt) {
            return "ALLOCATED";
        } else if (asOf < endedAt) {
            return "UNDER_INVESTIGATION";
        }
        return "FINALISED";
    }

    /** The last change to the case up to {@code asOf}. */
    long updatedAt(long asOf) {
        long last = received;
        for (long time : new long[] {recordedAt, reviewedAt, allocatedAt, investigatingAt, withdrawnAt, endedAt}) {
            if (time != NONE) {
                last = Math.max(last, time);
            }
        }
        return Math.min(asOf, last);
    }

    /** When the victim stopped being in touch: a withdrawal, or the end of the case. */
    long stop() {
        return withdrawnAt != NONE ? Math.min(withdrawnAt, endedAt) : endedAt;
    }
}
