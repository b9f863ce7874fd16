package org.reassure.spikes.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The expected level of a series: a log-linear Poisson regression (a generalised linear model, fitted by iteratively
 * reweighted least squares) with day-of-week effects, a smooth yearly season and a linear trend, with the
 * over-dispersion estimated from the Pearson residuals as in the Farrington method. A small ridge penalty on
 * everything but the intercept keeps sparse series from fitting zero; a series with too few cases for a pattern
 * gets a constant rate.
 */
final class PoissonRegression {

    private static final int SPARSE_TOTAL = 10;
    private static final double RIDGE = 1.0;

    private final int minHistoryDays;

    PoissonRegression(int minHistoryDays) {
        this.minHistoryDays = minHistoryDays;
    }

    /** The fitted expected level: the mean of any day from the regression, and the dispersion. */
    record Model(double[] beta, boolean seasonal, boolean trend, LocalDate origin, double dispersion, double constant) {

        double mean(LocalDate day) {
            if (beta == null) {
                return constant;
            }
            return Math.exp(dot(beta, row(day, seasonal, trend, origin)));
        }
    }

    Model fit(SpikeDetector.Series series, LocalDate from, LocalDate to, LocalDate origin) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        double[] y = new double[days];
        boolean[] use = new boolean[days];
        int used = 0;
        double total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            use[i] = !series.isExcluded(day);
            if (use[i]) {
                y[i] = series.count(day);
                used++;
                total += y[i];
            }
        }
        if (total < SPARSE_TOTAL || used < minHistoryDays / 2) {
            // Too few cases for a pattern: a constant rate, with half a case added so that none seen is not a rate of
            // nil.
            return new Model(null, false, false, origin, 1, (total + 0.5) / Math.max(1, used));
        }
        boolean seasonal = days >= 365;
        boolean trend = days >= 2 * 365;
        int p = row(from, seasonal, trend, origin).length;
        double[][] x = new double[days][];
        for (int i = 0; i < days; i++) {
            x[i] = row(from.plusDays(i), seasonal, trend, origin);
        }
        double[] beta = new double[p];
        beta[0] = Math.log(total / used);
        double[] mu = new double[days];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int i = 0; i < days; i++) {
                if (!use[i]) {
                    continue;
                }
                double eta = dot(beta, x[i]);
                double m = Math.exp(eta);
                double z = eta + (y[i] - m) / m;
                for (int r = 0; r < p; r++) {
                    double wr = m * x[i][r];
                    if (wr == 0) {
                        continue;
                    }
                    b[r] += wr * z;
                    for (int c = 0; c <= r; c++) {
                        a[r][c] += wr * x[i][c];
                    }
                }
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < r; c++) {
                    a[c][r] = a[r][c];
                }
                if (r > 0) {
                    a[r][r] += RIDGE;
                }
            }
            RealVector next = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false))
                    .getSolver()
                    .solve(new ArrayRealVector(b, false));
            double change = 0;
            for (int r = 0; r < p; r++) {
                change = Math.max(change, Math.abs(next.getEntry(r) - beta[r]));
                beta[r] = next.getEntry(r);
            }
            if (change < 1e-7) {
                break;
            }
        }
        double pearson = 0;
        for (int i = 0; i < days; i++) {
            if (use[i]) {
                mu[i] = Math.exp(dot(beta, x[i]));
                pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
            }
        }
        double dispersion = Math.max(1, pearson / Math.max(1, used - p));
        return new Model(beta, seasonal, trend, origin, dispersion, 0);
    }

    /**
     * Intercept; Tuesday to Sunday against Monday; the season as two annual harmonics (a smooth yearly
     * curve with one or two peaks, as in Serfling's model, rather than steps between months); the trend in
     * years to the day checked.
     */
    static double[] row(LocalDate day, boolean seasonal, boolean trend, LocalDate origin) {
        double[] row = new double[1 + 6 + (seasonal ? 4 : 0) + (trend ? 1 : 0)];
        row[0] = 1;
        int dow = day.getDayOfWeek().getValue();
        if (dow != DayOfWeek.MONDAY.getValue()) {
            row[dow - 1] = 1;
        }
        int next = 7;
        if (seasonal) {
            double angle = 2 * Math.PI * day.getDayOfYear() / 365.25;
            row[next++] = Math.sin(angle);
            row[next++] = Math.cos(angle);
            row[next++] = Math.sin(2 * angle);
            row[next++] = Math.cos(2 * angle);
        }
        if (trend) {
            row[next] = ChronoUnit.DAYS.between(origin, day) / 365.25;
        }
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
