package org.reassure.spikes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Whether one day's count of one series (a strand in an area) is a significant rise on its expected level.
 *
 * <p>The expected level is a log-linear Poisson regression (a generalised linear model, fitted by
 * iteratively reweighted least squares) with day-of-week effects, a smooth yearly season and a linear trend, on up to
 * three years of daily counts that end a week before the day checked, leaving out the days of earlier
 * spikes. Over-dispersion is estimated from the Pearson residuals, as in the Farrington method used for
 * outbreak detection in England and Wales, and the threshold is the upper quantile of a negative binomial
 * with that mean and variance (Poisson when the counts are not over-dispersed). A small ridge penalty on
 * everything but the intercept keeps sparse series (a strand seldom seen in an area) from fitting zero.
 *
 * <p>Two tests run each day: the day's count (a sudden spike, as after a national event) and the sum of
 * the last seven days (a sustained rise in a series too sparse for one day to show it). Either raises the
 * flag, and only when at least {@code minCount} cases were recorded, so that one or two reports of a
 * strand never seen before do not alert.
 */
final class SpikeDetector {

    /**
     * @param alpha          the chance of a false alarm for each test on a day with no spike
     * @param minCount       the fewest cases (in the day or the week tested) that can raise an alert
     * @param minHistoryDays the least history that sets an expected level
     * @param maxHistoryDays the most history fitted
     * @param guardDays      days before the day checked that the model leaves out, so a rise does not raise its own baseline
     * @param quietDays      days without a flag that end an ongoing spike
     */
    record Settings(double alpha, int minCount, int minHistoryDays, int maxHistoryDays, int guardDays, int quietDays) {}

    /** Chosen with the harness in bench/spikes (see the README there): about one false alarm per series every few years. */
    static final Settings DEFAULT = new Settings(0.0005, 3, 365, 3 * 365, 7, 3);

    static final int WEEK = 7;

    /**
     * The daily counts of one series from {@code start} (the first day the force has records for), and the
     * days to leave out of the baseline (earlier spikes); both arrays are indexed from {@code start}.
     */
    record Series(LocalDate start, int[] counts, boolean[] excluded) {

        int count(LocalDate day) {
            int i = (int) ChronoUnit.DAYS.between(start, day);
            return i < 0 || i >= counts.length ? 0 : counts[i];
        }

        boolean isExcluded(LocalDate day) {
            int i = (int) ChronoUnit.DAYS.between(start, day);
            return excluded != null && i >= 0 && i < excluded.length && excluded[i];
        }
    }

    /**
     * One day's check. With too little history {@code expected} and the thresholds are null and nothing is flagged.
     *
     * @param threshold     the day's count at or above which it is a significant rise
     * @param windowDays    1 or 7: which test flagged (the day's, or the week's); 0 when none did
     * @param risingSince   the first day of the flagged window on which more cases came than expected
     */
    record Evaluation(
            LocalDate day,
            int observed,
            Double expected,
            Integer threshold,
            int observedWeek,
            Double expectedWeek,
            Integer thresholdWeek,
            boolean flagged,
            int windowDays,
            LocalDate risingSince) {

        boolean enoughHistory() {
            return expected != null;
        }
    }

    private final Settings settings;
    private final PoissonRegression regression;

    SpikeDetector(Settings settings) {
        this.settings = settings;
        this.regression = new PoissonRegression(settings.minHistoryDays());
    }

    Settings settings() {
        return settings;
    }

    Evaluation evaluate(Series series, LocalDate day) {
        int observed = series.count(day);
        int observedWeek = 0;
        for (int back = 0; back < WEEK; back++) {
            observedWeek += series.count(day.minusDays(back));
        }
        LocalDate fitEnd = day.minusDays(settings.guardDays());
        LocalDate fitStart = later(series.start(), fitEnd.minusDays(settings.maxHistoryDays() - 1L));
        long historyDays = ChronoUnit.DAYS.between(fitStart, fitEnd) + 1;
        if (historyDays < settings.minHistoryDays()) {
            return new Evaluation(day, observed, null, null, observedWeek, null, null, false, 0, null);
        }
        PoissonRegression.Model model = regression.fit(series, fitStart, fitEnd, day);
        double[] expectedDays = new double[WEEK];
        double expectedWeek = 0;
        for (int back = 0; back < WEEK; back++) {
            expectedDays[back] = model.mean(day.minusDays(back));
            expectedWeek += expectedDays[back];
        }
        int threshold = Math.max(settings.minCount(), upperLimit(expectedDays[0], model.dispersion()));
        int thresholdWeek = Math.max(settings.minCount(), upperLimit(expectedWeek, model.dispersion()));
        int window = observed >= threshold ? 1 : observedWeek >= thresholdWeek ? WEEK : 0;
        LocalDate since = null;
        if (window == 1) {
            since = day;
        } else if (window == WEEK) {
            for (int back = WEEK - 1; back >= 0 && since == null; back--) {
                if (series.count(day.minusDays(back)) > expectedDays[back]) {
                    since = day.minusDays(back);
                }
            }
        }
        return new Evaluation(
                day,
                observed,
                expectedDays[0],
                threshold,
                observedWeek,
                expectedWeek,
                thresholdWeek,
                window > 0,
                window,
                since);
    }

    /** What a day's check does to the series' alert: one alert for an ongoing spike, updated rather than raised again. */
    enum Step {
        RAISE,
        UPDATE,
        END,
        NONE
    }

    /**
     * @param lastFlagged the last day the series' ongoing alert was flagged, or null when none is ongoing
     */
    Step next(LocalDate lastFlagged, Evaluation evaluation) {
        if (evaluation.flagged()) {
            return lastFlagged == null ? Step.RAISE : Step.UPDATE;
        }
        if (lastFlagged != null && ChronoUnit.DAYS.between(lastFlagged, evaluation.day()) >= settings.quietDays()) {
            return Step.END;
        }
        return Step.NONE;
    }

    /**
     * The smallest count whose chance under the expected level is at most alpha: the negative binomial
     * with mean {@code mean} and variance {@code dispersion * mean}, or Poisson when {@code dispersion} is 1.
     */
    int upperLimit(double mean, double dispersion) {
        double level = 1 - settings.alpha();
        if (mean <= 0) {
            return 1;
        }
        if (dispersion <= 1.0001) {
            return new PoissonDistribution(
                                    null,
                                    mean,
                                    PoissonDistribution.DEFAULT_EPSILON,
                                    PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                            .inverseCumulativeProbability(level)
                    + 1;
        }
        // Negative binomial with size r and success probability p = r / (r + mean) = 1 / dispersion:
        // P(X <= k) is the regularised incomplete beta function I_p(r, k + 1).
        double size = mean / (dispersion - 1);
        double p = 1 / dispersion;
        int k = (int) Math.floor(mean);
        int limit = (int) Math.ceil(mean + 60 * Math.sqrt(dispersion * mean) + 60);
        while (k < limit && Beta.regularizedBeta(p, size, k + 1.0) < level) {
            k++;
        }
        return k + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
