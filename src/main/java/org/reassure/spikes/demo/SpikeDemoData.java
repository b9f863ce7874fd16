package org.reassure.spikes.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.springframework.stereotype.Component;

import org.reassure.casework.Cases;
import org.reassure.casework.DailyCount;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.DemoData;
import org.reassure.spikes.internal.SpikeChecks;
import org.reassure.spikes.internal.SpikeHistory;

/**
 * Demo history for spike alerts. The 120 demo cases cover four months, too little to set an expected
 * level, so three years of synthetic daily counts are imported as history from "before the force used
 * Reassure" (the same path as {@code spikes import-history}), at about the demo cases' own rate, with a
 * weekly and seasonal pattern and one invented rise: anti-religious hate in Newham for six days, six
 * weeks before the first demo case. The detector is then run day by day over that period and over
 * yesterday, so the demo alert is the detector's own output on that history.
 */
@Component
class SpikeDemoData implements DemoData {

    /** Cases a day in each demo borough, by strand: about the demo cases' own rate. Sex or gender is never used. */
    private static final Map<String, Double> RATES = Map.of(
            "RACE",
            0.25,
            "RELIGION",
            0.05,
            "SEXUAL_ORIENTATION",
            0.05,
            "DISABILITY",
            0.03,
            "TRANSGENDER",
            0.02,
            "ALTERNATIVE_SUBCULTURE",
            0.01);

    private static final double[] WEEKLY = {0.95, 0.92, 0.93, 0.97, 1.08, 1.12, 1.03};
    static final int SPIKE_DAYS_BEFORE_FIRST_CASE = 45;
    static final int SPIKE_LENGTH = 6;

    private final Cases cases;
    private final Units units;
    private final SpikeHistory history;
    private final SpikeChecks checks;

    SpikeDemoData(Cases cases, Units units, SpikeHistory history, SpikeChecks checks) {
        this.cases = cases;
        this.units = units;
        this.history = history;
        this.checks = checks;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void load() {
        LocalDate today = checks.today();
        LocalDate firstCase = cases.firstReceivedOn().orElse(today);
        LocalDate from = firstCase.minusYears(3);
        LocalDate spike = firstCase.minusDays(SPIKE_DAYS_BEFORE_FIRST_CASE);
        RandomGenerator random = new MersenneTwister(85);
        List<DailyCount> rows = new ArrayList<>();
        for (String code : List.of("HNS", "EAL", "NWM")) {
            Unit borough = units.findByCode(code).orElse(null);
            if (borough == null) {
                continue;
            }
            for (LocalDate day = from; day.isBefore(firstCase); day = day.plusDays(1)) {
                double season = 1 + 0.2 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 196) / 365.25);
                double trend = Math.pow(1.05, ChronoUnit.DAYS.between(firstCase, day) / 365.25);
                for (var rate : RATES.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
                    double mean = rate.getValue() * WEEKLY[day.getDayOfWeek().getValue() - 1] * season * trend;
                    boolean rise = code.equals("NWM")
                            && rate.getKey().equals("RELIGION")
                            && !day.isBefore(spike)
                            && day.isBefore(spike.plusDays(SPIKE_LENGTH));
                    int count = new PoissonDistribution(
                                            random,
                                            mean,
                                            PoissonDistribution.DEFAULT_EPSILON,
                                            PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                                    .sample()
                            + (rise ? 2 + random.nextInt(3) : 0);
                    rows.add(new DailyCount(day, borough.id(), rate.getKey(), count));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        history.keep(rows);
        checks.checkDays(spike.minusDays(10), spike.plusDays(15), "demo");
        checks.checkDays(today.minusDays(1), today.minusDays(1), "demo");
    }
}
