package org.reassure.spikes.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each day's check found: one observation per series, and the check itself (who, when, how many series). */
@Component
class CheckRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    CheckRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One series' result on a day. */
    record Observation(long areaId, String strand, SpikeDetector.Evaluation evaluation) {}

    /** The last day checked in full (not today so far). */
    Optional<LocalDate> lastComplete() {
        return jdbc.sql("SELECT max(day) FROM spike_check WHERE NOT partial").query(Date.class).list().stream()
                .filter(Objects::nonNull)
                .map(Date::toLocalDate)
                .findFirst();
    }

    /** Keeps the day's results, one row per series, replacing those of an earlier check of the same day. */
    void keep(LocalDate day, List<Observation> observations, String by, boolean partial) {
        List<SpikeDetector.Evaluation> e =
                observations.stream().map(Observation::evaluation).toList();
        jdbc.sql("""
                INSERT INTO spike_observation (area_unit_id, strand_code, day, observed, expected, threshold, observed_week, expected_week,
                                               threshold_week, flagged)
                SELECT a, s, ?, o, e, t, ow, ew, tw, f
                FROM unnest(?::bigint[], ?::text[], ?::int[], ?::float8[], ?::int[], ?::int[], ?::float8[], ?::int[], ?::boolean[])
                     AS x(a, s, o, e, t, ow, ew, tw, f)
                ON CONFLICT (area_unit_id, strand_code, day) DO UPDATE SET observed = excluded.observed, expected = excluded.expected,
                    threshold = excluded.threshold, observed_week = excluded.observed_week, expected_week = excluded.expected_week,
                    threshold_week = excluded.threshold_week, flagged = excluded.flagged""")
                .params(
                        Date.valueOf(day),
                        observations.stream().map(Observation::areaId).toArray(Long[]::new),
                        observations.stream().map(Observation::strand).toArray(String[]::new),
                        e.stream().map(SpikeDetector.Evaluation::observed).toArray(Integer[]::new),
                        e.stream().map(SpikeDetector.Evaluation::expected).toArray(Double[]::new),
                        e.stream().map(SpikeDetector.Evaluation::threshold).toArray(Integer[]::new),
                        e.stream().map(SpikeDetector.Evaluation::observedWeek).toArray(Integer[]::new),
                        e.stream().map(SpikeDetector.Evaluation::expectedWeek).toArray(Double[]::new),
                        e.stream().map(SpikeDetector.Evaluation::thresholdWeek).toArray(Integer[]::new),
                        e.stream().map(SpikeDetector.Evaluation::flagged).toArray(Boolean[]::new))
                .update();
        jdbc.sql("""
                INSERT INTO spike_check (day, checked_at, checked_by, series, partial) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by,
                    series = excluded.series, partial = excluded.partial""")
                .params(Date.valueOf(day), Timestamp.from(clock.instant()), by, observations.size(), partial)
                .update();
    }
}
