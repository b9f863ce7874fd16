package org.reassure.trials.internal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan-Meier estimate of one arm as R's {@code survfit(Surv(time, event) ~ 1)} gives it by default:
 * one step at every distinct time (event or censoring), Greenwood's variance, a 95% interval on the log
 * scale ({@code conf.type = "log"}) with the upper limit capped at 1, and R's median.
 */
public record KaplanMeier(List<Step> steps, Double median) {

    /** R's {@code quantile.survfit} tolerance, sqrt(.Machine$double.eps). */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /**
     * One time of the curve.
     *
     * @param standardError Greenwood's standard error of log S(t) (survfit's {@code std.err}); {@code NaN} once S(t) is 0
     * @param lower lower 95% limit, {@code null} once S(t) is 0
     * @param upper upper 95% limit, {@code null} once S(t) is 0
     */
    public record Step(
            double time,
            int atRisk,
            int events,
            int censored,
            double survival,
            double standardError,
            Double lower,
            Double upper) {}

    public static KaplanMeier of(List<Observation> observations) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("a curve needs at least one case");
        }
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (Observation observation : observations) {
            int[] counts = byTime.computeIfAbsent(observation.time(), time -> new int[2]);
            counts[observation.event() ? 0 : 1]++;
        }
        List<Step> steps = new ArrayList<>();
        int atRisk = observations.size();
        double survival = 1;
        double greenwood = 0;
        for (var entry : byTime.entrySet()) {
            int events = entry.getValue()[0];
            int censored = entry.getValue()[1];
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwood = events < atRisk
                        ? greenwood + (double) events / ((double) atRisk * (atRisk - events))
                        : Double.NaN;
            }
            double se = Math.sqrt(greenwood);
            Double lower = null;
            Double upper = null;
            if (survival > 0 && !Double.isNaN(se)) {
                lower = Math.exp(Math.log(survival) - Normal.Z_95 * se);
                upper = Math.min(1.0, Math.exp(Math.log(survival) + Normal.Z_95 * se));
            }
            steps.add(new Step(entry.getKey(), atRisk, events, censored, survival, se, lower, upper));
            atRisk -= events + censored;
        }
        return new KaplanMeier(List.copyOf(steps), median(steps));
    }

    /**
     * R's median (survival:::findq with p = 0.5): the first time the curve reaches 0.5 or below; where it
     * stays exactly at 0.5 for a while, the midpoint of that stretch (to the last time followed up when it
     * never drops again); {@code null} when the curve never reaches 0.5.
     */
    private static Double median(List<Step> steps) {
        double p = 0.5;
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        x.add(0.0);
        y.add(0.0);
        for (Step step : steps) {
            double distribution = 1 - step.survival();
            if (distribution != y.get(y.size() - 1)) {
                x.add(step.time());
                y.add(distribution);
            }
        }
        double xmax = steps.get(steps.size() - 1).time();
        if (y.get(y.size() - 1) < p) {
            return null;
        }
        Integer first = firstAtLeast(y, p - TOLERANCE);
        Integer beyond = firstAtLeast(y, p + TOLERANCE);
        if (Math.abs(p - y.get(y.size() - 1)) < TOLERANCE) {
            return (x.get(first) + xmax) / 2;
        }
        if (first == null || beyond == null) {
            return null;
        }
        return (x.get(first) + x.get(beyond)) / 2;
    }

    private static Integer firstAtLeast(List<Double> values, double threshold) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) >= threshold) {
                return i;
            }
        }
        return null;
    }

    /** S(t): the estimate just after time t (1 before the first time). */
    public double survivalAt(double time) {
        double survival = 1;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            survival = step.survival();
        }
        return survival;
    }
}
