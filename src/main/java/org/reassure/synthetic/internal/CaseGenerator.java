package org.reassure.synthetic.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;

import org.reassure.platform.Formats;

/**
 * Generates hate crime cases day by day, oldest first, calibrated to the published figures (domain.md section 7),
 * and hands their rows over in batches. Each day's share of the cases follows the season, the weekday and any rises
 * after events; each case's story is told by {@link CaseStory}. Everything comes from one random stream seeded by
 * the run's seed, so the same settings give the same cases. See {@link Calibration} for the figures.
 */
final class CaseGenerator {

    /** Cases per batch: rows are handed to the database after each. */
    static final int BATCH = 5_000;

    /** Hears that a batch is complete, to write its rows. */
    interface Progress {
        void batchDone(int casesSoFar) throws IOException;
    }

    private final Settings settings;
    private final Draws draws;
    private final CaseStory story;

    CaseGenerator(Settings settings, World world, Handover handover) {
        this.settings = settings;
        this.draws = new Draws(settings.seed(), world.runId());
        this.story = new CaseStory(settings, world, draws, handover);
    }

    /** Generates all the cases, calling {@code progress} after each batch (and once at the end). */
    void run(Progress progress) throws IOException {
        LocalDate from = settings.from();
        int days = (int) (settings.to().toEpochDay() - from.toEpochDay());
        double[][] categoryWeights = new double[days][];
        double[] dayWeights = new double[days];
        double totalWeight = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            categoryWeights[d] = categoryWeights(day);
            dayWeights[d] = Calibration.MONTH[day.getMonthValue() - 1]
                    * Calibration.WEEKDAY[day.getDayOfWeek().getValue() - 1]
                    * sum(categoryWeights[d]);
            totalWeight += dayWeights[d];
        }
        int remaining = settings.cases();
        double remainingWeight = totalWeight;
        for (int d = 0; d < days && remaining > 0; d++) {
            int count = d == days - 1 ? remaining : draws.binomial(remaining, dayWeights[d] / remainingWeight);
            remaining -= count;
            remainingWeight -= dayWeights[d];
            long midnight = from.plusDays(d).atStartOfDay(Formats.UK).toEpochSecond();
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                times[i] = midnight + draws.pick(Calibration.HOUR) * Draws.HOUR + draws.below(3600);
            }
            Arrays.sort(times);
            for (long received : times) {
                story.tell(received, draws.pick(categoryWeights[d]));
                if (draws.sequence() % BATCH == 0) {
                    progress.batchDone(draws.sequence());
                }
            }
        }
        if (draws.sequence() % BATCH != 0) {
            progress.batchDone(draws.sequence());
        }
    }

    /** A plain running sum, in order (a compensated sum would draw other days, and so other cases). */
    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Each strand combination's weight on a day: its published share, raised by any spike in one of its strands. */
    private double[] categoryWeights(LocalDate day) {
        double[] weights = new double[Calibration.CATEGORIES.length];
        for (int c = 0; c < weights.length; c++) {
            double multiplier = 1.0;
            for (String strand : Calibration.CATEGORIES[c]) {
                for (Settings.Spike spike : settings.spikes()) {
                    if (spike.strand().equals(strand)) {
                        multiplier = Math.max(multiplier, spike.on(day));
                    }
                }
            }
            weights[c] = Calibration.CATEGORY_SHARE[c] * multiplier;
        }
        return weights;
    }
}
