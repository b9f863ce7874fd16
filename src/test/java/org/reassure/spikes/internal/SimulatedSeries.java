package org.reassure.spikes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Daily counts of one synthetic series with the shape of recorded hate crime: more on Fridays and at the
 * weekend, a summer peak, a slow upward trend, day-to-day over-dispersion (a gamma-distributed rate), and
 * known spikes injected on given days. The same seed gives the same counts.
 */
final class SimulatedSeries {

    /** A rise of {@code factor} times the expected level for {@code days} days from {@code start}. */
    record Spike(LocalDate start, int days, double factor) {

        LocalDate end() {
            return start.plusDays(days - 1L);
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end());
        }
    }

    /** Monday to Sunday. */
    private static final double[] WEEKLY = {0.95, 0.92, 0.93, 0.97, 1.08, 1.12, 1.03};
    /** How strongly the rate varies from day to day beyond Poisson: gamma shape (larger is calmer). */
    private static final double GAMMA_SHAPE = 25;

    private SimulatedSeries() {}

    static double level(LocalDate start, LocalDate day, double baseline) {
        double years = ChronoUnit.DAYS.between(start, day) / 365.25;
        double season = 1 + 0.2 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 196) / 365.25);
        return baseline * WEEKLY[day.getDayOfWeek().getValue() - 1] * season * Math.pow(1.05, years);
    }

    static int[] counts(long seed, LocalDate start, int days, double baseline, List<Spike> spikes) {
        RandomGenerator random = new MersenneTwister(seed);
        GammaDistribution noise = new GammaDistribution(random, GAMMA_SHAPE, 1 / GAMMA_SHAPE);
        int[] counts = new int[days];
        for (int i = 0; i < days; i++) {
            LocalDate day = start.plusDays(i);
            double mean = level(start, day, baseline) * noise.sample();
            for (Spike spike : spikes) {
                if (spike.covers(day)) {
                    mean *= spike.factor();
                }
            }
            counts[i] = new PoissonDistribution(
                            random,
                            mean,
                            PoissonDistribution.DEFAULT_EPSILON,
                            PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                    .sample();
        }
        return counts;
    }

    /**
     * Spikes of several sizes and lengths, one about every 150 days from the second year, at dates drawn
     * from the seed: a sharp one-day tripling, three days doubled, a week at 1.5 and at double, a fortnight at 1.5.
     */
    static List<Spike> plannedSpikes(long seed, LocalDate start, int days) {
        RandomGenerator random = new MersenneTwister(seed ^ 0x5EED);
        double[][] shapes = {{1, 3}, {3, 2}, {7, 1.5}, {7, 2}, {14, 1.5}};
        List<Spike> spikes = new ArrayList<>();
        int kind = 0;
        for (int day = 400 + random.nextInt(60); day < days - 30; day += 140 + random.nextInt(40)) {
            double[] shape = shapes[kind++ % shapes.length];
            spikes.add(new Spike(start.plusDays(day), (int) shape[0], shape[1]));
        }
        return spikes;
    }
}
