package org.reassure.trials.internal.statistics;

import java.util.List;
import java.util.TreeMap;

/**
 * The log-rank test of two arms, as R's {@code survdiff(Surv(time, event) ~ arm)} (rho = 0): observed and
 * expected events per arm, the hypergeometric variance and a chi-square with one degree of freedom.
 */
public record LogRank(
        int observedControl,
        double expectedControl,
        int observedTreatment,
        double expectedTreatment,
        double variance,
        double chiSquare,
        double p) {

    public static LogRank of(List<Observation> observations) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        int atRiskControl = 0;
        int atRiskTreatment = 0;
        for (Observation observation : observations) {
            // counts: events in control, events in treatment, leaving control, leaving treatment
            int[] counts = byTime.computeIfAbsent(observation.time(), time -> new int[4]);
            if (observation.event()) {
                counts[observation.treatment() ? 1 : 0]++;
            }
            counts[observation.treatment() ? 3 : 2]++;
            if (observation.treatment()) {
                atRiskTreatment++;
            } else {
                atRiskControl++;
            }
        }
        if (atRiskControl == 0 || atRiskTreatment == 0) {
            throw new IllegalArgumentException("each arm needs at least one case");
        }
        int observed0 = 0;
        int observed1 = 0;
        double expected0 = 0;
        double expected1 = 0;
        double variance = 0;
        for (int[] counts : byTime.values()) {
            int deaths = counts[0] + counts[1];
            double atRisk = atRiskControl + atRiskTreatment;
            if (deaths > 0) {
                observed0 += counts[0];
                observed1 += counts[1];
                expected0 += deaths * atRiskControl / atRisk;
                expected1 += deaths * atRiskTreatment / atRisk;
                if (atRisk > 1) {
                    variance += atRiskControl
                            * atRiskTreatment
                            * deaths
                            * (atRisk - deaths)
                            / (atRisk * atRisk * (atRisk - 1));
                }
            }
            atRiskControl -= counts[2];
            atRiskTreatment -= counts[3];
        }
        if (!(variance > 0)) {
            throw new IllegalArgumentException("the log-rank test needs at least one event");
        }
        double chiSquare = (observed1 - expected1) * (observed1 - expected1) / variance;
        return new LogRank(
                observed0, expected0, observed1, expected1, variance, chiSquare, Normal.chiSquareUpperTail(chiSquare));
    }
}
