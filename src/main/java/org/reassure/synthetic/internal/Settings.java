package org.reassure.synthetic.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a generator run is asked for.
 *
 * @param cases      how many cases, at least 1
 * @param seed       the same seed (with the same other settings, on the same day) gives the same data
 * @param from       first day of the period cases are received in
 * @param to         the day after the last day of the period
 * @param srcEffect  relative reduction in the hazard of withdrawal from the day the SRC window opens, for cases
 *                   randomised to receive a secondary reassurance contact (0 for no effect)
 * @param spikes     rises after dated events
 * @param unitCode   cases go to the borough units below this unit (or to this unit if it has none); null for every force
 */
public record Settings(
        int cases, long seed, LocalDate from, LocalDate to, double srcEffect, List<Spike> spikes, String unitCode) {

    /** Cases of {@code strand} multiplied by {@code factor} on {@code start}, falling back to normal over {@code days} days. */
    public record Spike(LocalDate start, String strand, double factor, int days) {

        /** The multiplier on {@code day} (1 outside the spike). */
        double on(LocalDate day) {
            long since = day.toEpochDay() - start.toEpochDay();
            if (since < 0 || since >= days) {
                return 1.0;
            }
            return 1.0 + (factor - 1.0) * (1.0 - (double) since / days);
        }

        @Override
        public String toString() {
            return start + ":" + strand + ":" + factor + ":" + days;
        }
    }

    /** Events the sources name: hate crime rose after them. Used unless the run names its own spikes. */
    public static List<Spike> publishedEvents() {
        return List.of(
                new Spike(LocalDate.of(2016, 6, 24), "RACE", 1.6, 30),
                new Spike(LocalDate.of(2023, 10, 7), "RELIGION", 4.0, 45),
                new Spike(LocalDate.of(2024, 7, 30), "RACE", 2.0, 21));
    }
}
