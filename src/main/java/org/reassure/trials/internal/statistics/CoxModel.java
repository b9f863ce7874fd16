package org.reassure.trials.internal.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A Cox proportional hazards model with one binary covariate (treatment against control), fitted as R's
 * {@code coxph(Surv(time, event) ~ arm)} does by default: Efron's handling of tied event times, Newton-Raphson
 * from beta = 0 with step halving, and a Wald interval and test from the observed information.
 *
 * @param beta          log hazard ratio
 * @param standardError sqrt of the inverse observed information at beta
 * @param p             Wald test, 2 * pnorm(-|beta / se|)
 */
public record CoxModel(
        double beta,
        double standardError,
        double hazardRatio,
        double lower,
        double upper,
        double z,
        double p,
        double logLikelihood,
        int iterations) {

    private static final int MAX_ITERATIONS = 30;
    /** Beyond this the partial likelihood is monotone (an arm without events): no finite estimate. */
    private static final double DIVERGENT = 15;

    /** The fitted model, or {@code null} when the data have no finite estimate (no events, or all in one arm). */
    public static CoxModel fit(List<Observation> observations) {
        List<int[]> times = riskSets(observations);
        double beta = 0;
        double[] current = evaluate(times, beta);
        if (!(current[2] > 0)) {
            return null;
        }
        int iteration = 0;
        while (iteration++ < MAX_ITERATIONS) {
            double step = current[1] / current[2];
            double next = beta + step;
            double[] candidate = evaluate(times, next);
            int halvings = 0;
            while ((Double.isNaN(candidate[0]) || candidate[0] < current[0]) && halvings++ < 30) {
                step /= 2;
                next = beta + step;
                candidate = evaluate(times, next);
            }
            double change = Math.abs(next - beta);
            beta = next;
            current = candidate;
            if (Math.abs(beta) > DIVERGENT || !(current[2] > 0)) {
                return null;
            }
            if (change < 1e-12 * Math.max(1, Math.abs(beta))) {
                break;
            }
        }
        double se = 1 / Math.sqrt(current[2]);
        double z = beta / se;
        return new CoxModel(
                beta,
                se,
                Math.exp(beta),
                Math.exp(beta - Normal.Z_95 * se),
                Math.exp(beta + Normal.Z_95 * se),
                z,
                Normal.twoSidedP(z),
                current[0],
                iteration);
    }

    /** For each distinct event time: treated at risk, control at risk, treated events, control events. */
    private static List<int[]> riskSets(List<Observation> observations) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        int treated = 0;
        int control = 0;
        for (Observation observation : observations) {
            int[] counts = byTime.computeIfAbsent(observation.time(), time -> new int[4]);
            counts[observation.treatment() ? 0 : 1]++;
            if (observation.event()) {
                counts[observation.treatment() ? 2 : 3]++;
            }
            if (observation.treatment()) {
                treated++;
            } else {
                control++;
            }
        }
        List<int[]> sets = new ArrayList<>();
        for (int[] counts : byTime.values()) {
            if (counts[2] + counts[3] > 0) {
                sets.add(new int[] {treated, control, counts[2], counts[3]});
            }
            treated -= counts[0];
            control -= counts[1];
        }
        return sets;
    }

    /**
     * Efron's log partial likelihood, its score and its information at beta. With a 0/1 covariate the
     * weighted sums are counts: S0 = n1 e^b + n0, S1 = S2 = n1 e^b.
     */
    private static double[] evaluate(List<int[]> sets, double beta) {
        double risk = Math.exp(beta);
        double logLikelihood = 0;
        double score = 0;
        double information = 0;
        for (int[] set : sets) {
            int deaths = set[2] + set[3];
            double s0 = set[0] * risk + set[1];
            double s1 = set[0] * risk;
            double d0 = set[2] * risk + set[3];
            double d1 = set[2] * risk;
            logLikelihood += beta * set[2];
            score += set[2];
            for (int k = 0; k < deaths; k++) {
                double fraction = (double) k / deaths;
                double denominator = s0 - fraction * d0;
                double mean = (s1 - fraction * d1) / denominator;
                logLikelihood -= Math.log(denominator);
                score -= mean;
                information += mean - mean * mean;
            }
        }
        return new double[] {logLikelihood, score, information};
    }
}
