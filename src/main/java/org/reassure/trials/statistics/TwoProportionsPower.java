package org.reassure.trials.statistics;

/**
 * Power and sample size for comparing two proportions, as R's {@code power.prop.test} with its defaults
 * (two-sided, {@code strict = FALSE}): the normal approximation that ignores the far tail.
 */
public final class TwoProportionsPower {

    private TwoProportionsPower() {
    }

    /** The power to detect p1 against p2 with n cases in each arm at the given two-sided significance level. */
    public static double power(double n, double p1, double p2, double significance) {
        check(p1, p2, significance);
        double q1 = 1 - p1;
        double q2 = 1 - p2;
        double zAlpha = Normal.quantile(1 - significance / 2);
        return Normal.cdf((Math.sqrt(n * (p1 - p2) * (p1 - p2)) - zAlpha * Math.sqrt((p1 + p2) * (q1 + q2) / 2))
                / Math.sqrt(p1 * q1 + p2 * q2));
    }

    /**
     * The cases needed in each arm (not rounded; round up for a plan). R finds it with {@code uniroot}; the
     * power formula solves exactly, so the two agree to uniroot's tolerance.
     */
    public static double casesPerArm(double p1, double p2, double significance, double power) {
        check(p1, p2, significance);
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be between 0 and 1");
        }
        if (p1 == p2) {
            throw new IllegalArgumentException("the two proportions must differ");
        }
        double zAlpha = Normal.quantile(1 - significance / 2);
        double zBeta = Normal.quantile(power);
        double root = (zAlpha * Math.sqrt((p1 + p2) * (2 - p1 - p2) / 2) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
                / Math.abs(p1 - p2);
        return root * root;
    }

    private static void check(double p1, double p2, double significance) {
        if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1)) {
            throw new IllegalArgumentException("proportions must be between 0 and 1");
        }
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("the significance level must be between 0 and 1");
        }
    }
}
