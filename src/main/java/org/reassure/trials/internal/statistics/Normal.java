package org.reassure.trials.internal.statistics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal and one-degree chi-square distributions the methods share. */
final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);
    private static final ChiSquaredDistribution CHI_SQUARE_1 = new ChiSquaredDistribution(null, 1);

    /** qnorm(0.975): the multiplier of a two-sided 95% confidence interval. */
    static final double Z_95 = STANDARD.inverseCumulativeProbability(0.975);

    private Normal() {}

    static double cdf(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }

    /** Two-sided p of a z statistic, 2 * pnorm(-|z|). */
    static double twoSidedP(double z) {
        return 2 * STANDARD.cumulativeProbability(-Math.abs(z));
    }

    /** Upper tail of the chi-square with one degree of freedom, 1 - pchisq(x, 1). */
    static double chiSquareUpperTail(double x) {
        return 1 - CHI_SQUARE_1.cumulativeProbability(x);
    }
}
