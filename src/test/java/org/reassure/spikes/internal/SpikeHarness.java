package org.reassure.spikes.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the spike detector: runs it day by day over daily counts with known spikes and reports the
 * detection delay (days from a spike's start to its alert) and false alarms per series per year.
 *
 * <p>By default the counts are simulated ({@link SimulatedSeries}). With {@code --counts FILE --spikes FILE}
 * it reads them instead, for example daily counts exported from cases made by the synthetic data
 * generator (see bench/spikes/README.md for the two CSV layouts).
 *
 * <pre>bench/spikes/run.sh [--years 6] [--series 4] [--baselines 0.2,1,4,20] [--alpha 0.001,0.0005] [--seed 1]</pre>
 */
public final class SpikeHarness {

    /** A spike counts as found when an alert is raised or updated between its start and a week after its end. */
    static final int GRACE_DAYS = 7;

    record Alert(LocalDate raisedOn, LocalDate startedOn) {}

    record Outcome(List<Alert> alerts, Map<SimulatedSeries.Spike, Integer> delays, long daysChecked) {}

    private SpikeHarness() {}

    /** Runs the detector over every day from {@code from} to {@code to}, as the daily task would, with its alert rules. */
    static Outcome replay(
            SpikeDetector detector,
            LocalDate start,
            int[] counts,
            List<SimulatedSeries.Spike> spikes,
            LocalDate from,
            LocalDate to) {
        boolean[] excluded = new boolean[counts.length];
        SpikeDetector.Series series = new SpikeDetector.Series(start, counts, excluded);
        List<Alert> alerts = new ArrayList<>();
        Map<SimulatedSeries.Spike, Integer> delays = new HashMap<>();
        LocalDate lastFlagged = null;
        LocalDate startedOn = null;
        long checked = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            SpikeDetector.Evaluation evaluation = detector.evaluate(series, day);
            checked++;
            SpikeDetector.Step step = detector.next(lastFlagged, evaluation);
            switch (step) {
                case RAISE -> {
                    startedOn = evaluation.risingSince();
                    alerts.add(new Alert(day, startedOn));
                    lastFlagged = day;
                }
                case UPDATE -> lastFlagged = day;
                case END -> {
                    lastFlagged = null;
                    startedOn = null;
                }
                case NONE -> {}
            }
            if (evaluation.flagged()) {
                // The days of a spike are left out of later baselines, as the service leaves out past alerts.
                for (LocalDate d = startedOn; !d.isAfter(day); d = d.plusDays(1)) {
                    int i = (int) ChronoUnit.DAYS.between(start, d);
                    if (i >= 0 && i < excluded.length) {
                        excluded[i] = true;
                    }
                }
                for (SimulatedSeries.Spike spike : spikes) {
                    if (!day.isBefore(spike.start())
                            && !day.isAfter(spike.end().plusDays(GRACE_DAYS))
                            && !delays.containsKey(spike)) {
                        delays.put(spike, (int) ChronoUnit.DAYS.between(spike.start(), day));
                    }
                }
            }
        }
        return new Outcome(alerts, delays, checked);
    }

    static boolean falseAlarm(Alert alert, List<SimulatedSeries.Spike> spikes) {
        return spikes.stream()
                .noneMatch(s -> !alert.raisedOn().isBefore(s.start())
                        && !alert.raisedOn().isAfter(s.end().plusDays(GRACE_DAYS)));
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int years = Integer.parseInt(options.getOrDefault("years", "6"));
        int perLevel = Integer.parseInt(options.getOrDefault("series", "4"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        double[] alphas = Arrays.stream(options.getOrDefault("alpha", String.valueOf(SpikeDetector.DEFAULT.alpha()))
                        .split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        Map<String, Input> inputs = options.containsKey("counts")
                ? read(Path.of(options.get("counts")), Path.of(options.get("spikes")))
                : simulate(years, perLevel, seed, options.getOrDefault("baselines", "0.2,1,4,20"));
        System.out.printf(
                Locale.UK,
                "%d series; the first %d days of each are history only.%n",
                inputs.size(),
                SpikeDetector.DEFAULT.minHistoryDays() + SpikeDetector.DEFAULT.guardDays());
        for (double alpha : alphas) {
            SpikeDetector.Settings d = SpikeDetector.DEFAULT;
            SpikeDetector detector = new SpikeDetector(new SpikeDetector.Settings(
                    alpha, d.minCount(), d.minHistoryDays(), d.maxHistoryDays(), d.guardDays(), d.quietDays()));
            report(alpha, detector, inputs);
        }
    }

    record Input(String group, LocalDate start, int[] counts, List<SimulatedSeries.Spike> spikes) {}

    private static void report(double alpha, SpikeDetector detector, Map<String, Input> inputs) {
        long started = System.nanoTime();
        Map<String, List<Outcome>> byGroup = new TreeMap<>();
        Map<String, List<Input>> inputsByGroup = new TreeMap<>();
        inputs.values().parallelStream()
                .map(input -> Map.entry(
                        input,
                        replay(
                                detector,
                                input.start(),
                                input.counts(),
                                input.spikes(),
                                input.start()
                                        .plusDays(detector.settings().minHistoryDays()
                                                + detector.settings().guardDays()),
                                input.start().plusDays(input.counts().length - 1L))))
                .toList()
                .forEach(entry -> {
                    byGroup.computeIfAbsent(entry.getKey().group(), g -> new ArrayList<>())
                            .add(entry.getValue());
                    inputsByGroup
                            .computeIfAbsent(entry.getKey().group(), g -> new ArrayList<>())
                            .add(entry.getKey());
                });
        System.out.printf(Locale.UK, "%nalpha %s (%.0f s)%n", alpha, (System.nanoTime() - started) / 1e9);
        System.out.printf(
                Locale.UK,
                "%-16s %8s %12s %-60s%n",
                "series",
                "years",
                "false/yr",
                "spikes found, median delay in days (by days x factor)");
        for (var group : byGroup.entrySet()) {
            List<Outcome> outcomes = group.getValue();
            List<Input> groupInputs = inputsByGroup.get(group.getKey());
            double years = outcomes.stream().mapToLong(Outcome::daysChecked).sum() / 365.25;
            long falseAlarms = 0;
            Map<String, List<Integer>> delays = new TreeMap<>();
            Map<String, Integer> planted = new TreeMap<>();
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                List<SimulatedSeries.Spike> spikes = groupInputs.get(i).spikes();
                falseAlarms += outcome.alerts().stream()
                        .filter(a -> falseAlarm(a, spikes))
                        .count();
                for (SimulatedSeries.Spike spike : spikes) {
                    String shape = spike.days() + "d x" + spike.factor();
                    planted.merge(shape, 1, Integer::sum);
                    if (outcome.delays().containsKey(spike)) {
                        delays.computeIfAbsent(shape, s -> new ArrayList<>())
                                .add(outcome.delays().get(spike));
                    }
                }
            }
            StringBuilder found = new StringBuilder();
            for (var shape : planted.entrySet()) {
                List<Integer> d = delays.getOrDefault(shape.getKey(), List.of());
                found.append(String.format(
                        Locale.UK,
                        "%s: %d/%d%s; ",
                        shape.getKey(),
                        d.size(),
                        shape.getValue(),
                        d.isEmpty() ? "" : " in " + median(d)));
            }
            System.out.printf(Locale.UK, "%-16s %8.1f %12.2f %s%n", group.getKey(), years, falseAlarms / years, found);
        }
    }

    private static String median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return String.valueOf(sorted[sorted.length / 2]);
    }

    private static Map<String, Input> simulate(int years, int perLevel, long seed, String baselines) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        int days = (int) ChronoUnit.DAYS.between(start, start.plusYears(years));
        for (String level : baselines.split(",")) {
            double baseline = Double.parseDouble(level);
            for (int n = 0; n < perLevel; n++) {
                long s = seed * 1000 + n * 31L + (long) (baseline * 100);
                List<SimulatedSeries.Spike> spikes = SimulatedSeries.plannedSpikes(s, start, days);
                inputs.put(
                        level + "/" + n,
                        new Input(
                                String.format(Locale.UK, "mean %s/day", level),
                                start,
                                SimulatedSeries.counts(s, start, days, baseline, spikes),
                                spikes));
            }
        }
        return inputs;
    }

    /**
     * Reads daily counts ({@code day,series,count}, one row per day with cases) and known spikes
     * ({@code series,start,days,factor}), both with a header line.
     */
    private static Map<String, Input> read(Path countsFile, Path spikesFile) throws IOException {
        Map<String, TreeMap<LocalDate, Integer>> counts = new TreeMap<>();
        for (String line : Files.readAllLines(countsFile)
                .subList(1, Files.readAllLines(countsFile).size())) {
            String[] f = line.split(",");
            counts.computeIfAbsent(f[1].trim(), s -> new TreeMap<>())
                    .merge(LocalDate.parse(f[0].trim()), Integer.parseInt(f[2].trim()), Integer::sum);
        }
        Map<String, List<SimulatedSeries.Spike>> spikes = new HashMap<>();
        for (String line : Files.readAllLines(spikesFile)
                .subList(1, Files.readAllLines(spikesFile).size())) {
            String[] f = line.split(",");
            spikes.computeIfAbsent(f[0].trim(), s -> new ArrayList<>())
                    .add(new SimulatedSeries.Spike(
                            LocalDate.parse(f[1].trim()),
                            Integer.parseInt(f[2].trim()),
                            Double.parseDouble(f[3].trim())));
        }
        LocalDate first = counts.values().stream()
                .map(TreeMap::firstKey)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = counts.values().stream()
                .map(TreeMap::lastKey)
                .max(LocalDate::compareTo)
                .orElseThrow();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Map<String, Input> inputs = new LinkedHashMap<>();
        counts.forEach((name, byDay) -> {
            int[] array = new int[days];
            byDay.forEach((day, n) -> array[(int) ChronoUnit.DAYS.between(first, day)] = n);
            inputs.put(name, new Input(name, first, array, spikes.getOrDefault(name, List.of())));
        });
        return inputs;
    }
}
