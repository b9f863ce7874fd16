package org.reassure.trials.internal.statistics;

/**
 * One analysed case: the time followed up (days), whether the event (victim withdrawal) happened at that
 * time, and whether the case was allocated to the treatment arm.
 */
public record Observation(double time, boolean event, boolean treatment) {

    public Observation {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("time must be a number of 0 or more");
        }
    }
}
