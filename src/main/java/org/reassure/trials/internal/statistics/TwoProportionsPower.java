package org.reassure.trials.internal.statistics;

/**
 * Power and sample size for comparing two proportions, as R's {@code power.prop.test} with its defaults
 * (two-sided, {@code strict = FALSE}): the normal approximation that ignores the far tail.
 */
public final class TwoProportionsPower {

    private TwoProportionsPower() {}

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
     * The power with arms of different sizes (an allocation ratio other than 1 : 1): the same normal approximation,
     * with the pooled proportion under the null hypothesis weighted by arm size and the variance under the alternative
     * from each arm. With equal arms it is exactly {@link #power(double, double, double, double)}.
     */
    public static double power(double n1, double n2, double p1, double p2, double significance) {
        check(p1, p2, significance);
        if (!(n1 > 0 && n2 > 0)) {
            throw new IllegalArgumentException("each arm needs cases");
        }
        double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
        double zAlpha = Normal.quantile(1 - significance / 2);
        return Normal.cdf((Math.abs(p1 - p2) - zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)))
                / Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2));
    }

    /**
     * The fewest allocation blocks k such that k x ratio1 cases in the first arm and k x ratio2 in the second reach
     * the power wanted (the total is k x (ratio1 + ratio2)). With a 1 : 1 ratio, k is {@link #casesPerArm} rounded up.
     */
    public static long blocksFor(int ratio1, int ratio2, double p1, double p2, double significance, double power) {
        check(p1, p2, significance);
        if (ratio1 < 1 || ratio2 < 1) {
            throw new IllegalArgumentException("each share of the ratio must be at least 1");
        }
        if (!(power > 0 && power < 1) || p1 == p2) {
            throw new IllegalArgumentException("power must be between 0 and 1 and the proportions must differ");
        }
        long low = 0;
        long high = 1;
        while (power(high * (double) ratio1, high * (double) ratio2, p1, p2, significance) < power) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long middle = (low + high) / 2;
            if (power(middle * (double) ratio1, middle * (double) ratio2, p1, p2, significance) < power) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
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
        double root =
                (zAlpha * Math.sqrt((p1 + p2) * (2 - p1 - p2) / 2) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
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
