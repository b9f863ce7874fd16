package org.reassure.trials.internal.statistics;

/**
 * The risk of the event in each arm and how they compare, treatment against control. A figure that cannot
 * be estimated from the counts (a risk ratio with no events in the control arm, say) is {@code null}.
 *
 * @param riskRatio     risk in treatment / risk in control, with a 95% interval by the log method
 *                      (Katz: se of log RR = sqrt(1/a - 1/n1 + 1/c - 1/n0))
 * @param riskDifference risk in treatment - risk in control, with a 95% Wald interval
 * @param relativeRiskReduction 1 - risk ratio
 * @param numberNeededToTreat   1 / |risk difference|: to benefit when the difference is negative, to harm when positive
 */
public record RiskComparison(
        int controlCases,
        int controlEvents,
        int treatmentCases,
        int treatmentEvents,
        double controlRisk,
        double treatmentRisk,
        Double riskRatio,
        Double riskRatioLower,
        Double riskRatioUpper,
        double riskDifference,
        double riskDifferenceLower,
        double riskDifferenceUpper,
        Double relativeRiskReduction,
        Double numberNeededToTreat) {

    public static RiskComparison of(int controlCases, int controlEvents, int treatmentCases, int treatmentEvents) {
        if (controlCases <= 0 || treatmentCases <= 0) {
            throw new IllegalArgumentException("each arm needs at least one case");
        }
        if (controlEvents < 0
                || controlEvents > controlCases
                || treatmentEvents < 0
                || treatmentEvents > treatmentCases) {
            throw new IllegalArgumentException("events must be between 0 and the number of cases");
        }
        double r0 = (double) controlEvents / controlCases;
        double r1 = (double) treatmentEvents / treatmentCases;
        Double rr = null;
        Double rrLower = null;
        Double rrUpper = null;
        Double rrr = null;
        if (controlEvents > 0) {
            rr = r1 / r0;
            rrr = 1 - rr;
            if (treatmentEvents > 0) {
                double se = Math.sqrt(
                        1.0 / treatmentEvents - 1.0 / treatmentCases + 1.0 / controlEvents - 1.0 / controlCases);
                rrLower = Math.exp(Math.log(rr) - Normal.Z_95 * se);
                rrUpper = Math.exp(Math.log(rr) + Normal.Z_95 * se);
            }
        }
        double rd = r1 - r0;
        double seRd = Math.sqrt(r1 * (1 - r1) / treatmentCases + r0 * (1 - r0) / controlCases);
        Double nnt = rd == 0 ? null : 1 / Math.abs(rd);
        return new RiskComparison(
                controlCases,
                controlEvents,
                treatmentCases,
                treatmentEvents,
                r0,
                r1,
                rr,
                rrLower,
                rrUpper,
                rd,
                rd - Normal.Z_95 * seRd,
                rd + Normal.Z_95 * seRd,
                rrr,
                nnt);
    }

    /** Whether the treatment lowered the risk (the number needed to treat is then to benefit one case). */
    public boolean treatmentLowersRisk() {
        return riskDifference < 0;
    }
}
