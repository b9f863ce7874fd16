package org.reassure.spikes.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector on its own, on seeded simulated series: no database. */
class SpikeDetectorTest {

    private final SpikeDetector detector = new SpikeDetector(SpikeDetector.DEFAULT);
    private final LocalDate start = LocalDate.of(2021, 1, 1);
    private final int days = 4 * 365;

    @Test
    void a_known_injected_spike_is_found_within_two_days_of_its_start() {
        SimulatedSeries.Spike spike = new SimulatedSeries.Spike(start.plusDays(3 * 365 + 100), 3, 3.0);
        int[] counts = SimulatedSeries.counts(42, start, days, 4, List.of(spike));

        SpikeHarness.Outcome outcome = SpikeHarness.replay(
                detector,
                start,
                counts,
                List.of(spike),
                spike.start().minusDays(60),
                spike.start().plusDays(30));

        assertThat(outcome.delays()).containsKey(spike);
        assertThat(outcome.delays().get(spike)).isBetween(0, 2);
        SpikeHarness.Alert alert = outcome.alerts().stream()
                .filter(a -> !SpikeHarness.falseAlarm(a, List.of(spike)))
                .findFirst()
                .orElseThrow();
        assertThat(alert.startedOn()).isBetween(spike.start(), spike.end());
    }

    @Test
    void the_evidence_gives_the_expected_level_and_a_threshold_above_it() {
        SimulatedSeries.Spike spike = new SimulatedSeries.Spike(start.plusDays(3 * 365 + 100), 1, 3.0);
        int[] counts = SimulatedSeries.counts(7, start, days, 20, List.of(spike));
        SpikeDetector.Evaluation day = detector.evaluate(new SpikeDetector.Series(start, counts, null), spike.start());

        assertThat(day.flagged()).isTrue();
        assertThat(day.windowDays()).isEqualTo(1);
        double truth = SimulatedSeries.level(start, spike.start(), 20);
        assertThat(day.expected()).isBetween(truth * 0.8, truth * 1.2);
        assertThat(day.threshold())
                .isGreaterThan((int) Math.ceil(day.expected()))
                .isLessThanOrEqualTo(day.observed());
        assertThat(day.risingSince()).isEqualTo(spike.start());
    }

    @Test
    void a_flat_series_never_alerts() {
        int[] counts = new int[days];
        Arrays.fill(counts, 3);
        SpikeHarness.Outcome outcome =
                SpikeHarness.replay(detector, start, counts, List.of(), start.plusDays(400), start.plusDays(days - 1L));

        assertThat(outcome.alerts()).isEmpty();
    }

    @Test
    void a_long_rise_is_one_alert_that_goes_on_not_one_a_day() {
        SimulatedSeries.Spike spike = new SimulatedSeries.Spike(start.plusDays(3 * 365 + 50), 21, 3.0);
        int[] counts = SimulatedSeries.counts(11, start, days, 4, List.of(spike));

        SpikeHarness.Outcome outcome = SpikeHarness.replay(
                detector,
                start,
                counts,
                List.of(spike),
                spike.start().minusDays(30),
                spike.end().plusDays(30));

        assertThat(outcome.alerts().stream().filter(a -> !SpikeHarness.falseAlarm(a, List.of(spike))))
                .hasSize(1);
    }

    @Test
    void with_less_than_a_year_of_history_there_is_no_expected_level_and_no_alert() {
        int[] counts = new int[200];
        Arrays.fill(counts, 2);
        counts[199] = 40;
        SpikeDetector.Evaluation day =
                detector.evaluate(new SpikeDetector.Series(start, counts, null), start.plusDays(199));

        assertThat(day.enoughHistory()).isFalse();
        assertThat(day.expected()).isNull();
        assertThat(day.flagged()).isFalse();
        assertThat(day.observed()).isEqualTo(40);
    }

    @Test
    void a_strand_never_used_alerts_only_from_three_cases() {
        int[] counts = new int[days];
        LocalDate last = start.plusDays(days - 1L);
        counts[days - 1] = 2;
        assertThat(detector.evaluate(new SpikeDetector.Series(start, counts, null), last)
                        .flagged())
                .isFalse();
        counts[days - 1] = 3;
        SpikeDetector.Evaluation three = detector.evaluate(new SpikeDetector.Series(start, counts, null), last);
        assertThat(three.flagged()).isTrue();
        assertThat(three.expected()).isLessThan(0.01);
    }

    @Test
    void the_negative_binomial_threshold_is_higher_than_the_poisson_one_for_the_same_mean() {
        assertThat(detector.upperLimit(10, 2.0)).isGreaterThan(detector.upperLimit(10, 1.0));
        // Poisson(10): P(X >= 22) is about 0.0007 and P(X >= 23) about 0.0003, so at alpha 0.0005 the threshold is 23.
        assertThat(detector.upperLimit(10, 1.0)).isEqualTo(23);
    }
}
