package org.reassure.spikes.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.identity.Unit;
import org.reassure.spikes.SpikeAlertRaised;

/**
 * Each series' alerts as a day's check sees them, and what the check does to them: one alert per spike, raised once
 * (with {@link SpikeAlertRaised}), updated while the rise goes on and ended after quiet days.
 */
@Component
class AlertSpans {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AlertSpans(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** An alert's days. */
    record Span(long id, long areaId, String strand, LocalDate startedOn, LocalDate lastFlaggedOn, LocalDate endedOn) {}

    /** The alerts started by the day, by series ({@link SeriesCounts#key}). */
    Map<String, List<Span>> startedBy(LocalDate day) {
        Map<String, List<Span>> spans = new HashMap<>();
        jdbc.sql(
                        "SELECT id, area_unit_id, strand_code, started_on, last_flagged_on, ended_on FROM spike_alert WHERE started_on <= ?")
                .param(Date.valueOf(day))
                .query((rs, n) -> new Span(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .list()
                .forEach(span -> spans.computeIfAbsent(
                                SeriesCounts.key(span.areaId(), span.strand()), k -> new ArrayList<>())
                        .add(span));
        return spans;
    }

    /** Days of this series' earlier and ongoing alerts, left out of its baseline; indexed from {@code start}. */
    static boolean[] excludedDays(List<Span> spans, LocalDate start, LocalDate day) {
        int length = (int) Math.max(0, ChronoUnit.DAYS.between(start, day) + 1);
        boolean[] excluded = new boolean[length];
        for (Span span : spans) {
            LocalDate end = span.endedOn() == null ? day : span.endedOn();
            for (LocalDate d = span.startedOn(); !d.isAfter(end); d = d.plusDays(1)) {
                int i = (int) ChronoUnit.DAYS.between(start, d);
                if (i >= 0 && i < length) {
                    excluded[i] = true;
                }
            }
        }
        return excluded;
    }

    /** Raises, updates or ends the series' alert as the detector says; true when a new alert was raised. */
    boolean apply(Unit area, String strand, SpikeDetector.Step step, SpikeDetector.Evaluation e, List<Span> spans) {
        Optional<Span> ongoing =
                spans.stream().filter(span -> span.endedOn() == null).findFirst();
        // A day checked again that an alert already covers changes nothing.
        boolean covered = spans.stream()
                .anyMatch(span -> !span.startedOn().isAfter(e.day())
                        && (span.endedOn() == null || span.endedOn().isAfter(e.day())));
        Timestamp now = Timestamp.from(clock.instant());
        int observed = e.windowDays() == 1 ? e.observed() : e.observedWeek();
        Double expected = e.windowDays() == 1 ? e.expected() : e.expectedWeek();
        Integer threshold = e.windowDays() == 1 ? e.threshold() : e.thresholdWeek();
        switch (step) {
            case RAISE -> {
                if (covered) {
                    return false;
                }
                long id = jdbc.sql("""
                        INSERT INTO spike_alert (area_unit_id, strand_code, started_on, raised_on, last_flagged_on, window_days, observed,
                                                 expected, threshold, raised_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                        .params(
                                area.id(),
                                strand,
                                Date.valueOf(e.risingSince()),
                                Date.valueOf(e.day()),
                                Date.valueOf(e.day()),
                                e.windowDays(),
                                observed,
                                expected,
                                threshold,
                                now,
                                now)
                        .query(Long.class)
                        .single();
                events.publishEvent(new SpikeAlertRaised(id, strand, area.code(), e.risingSince(), e.day()));
                return true;
            }
            case UPDATE -> {
                if (e.flagged() && !e.day().isBefore(ongoing.get().lastFlaggedOn())) {
                    jdbc.sql("""
                            UPDATE spike_alert SET last_flagged_on = ?, window_days = ?, observed = ?, expected = ?, threshold = ?, updated_at = ?
                            WHERE id = ?""")
                            .params(
                                    Date.valueOf(e.day()),
                                    e.windowDays(),
                                    observed,
                                    expected,
                                    threshold,
                                    now,
                                    ongoing.get().id())
                            .update();
                }
                return false;
            }
            case END -> {
                jdbc.sql("UPDATE spike_alert SET ended_on = ?, updated_at = ? WHERE id = ? AND ended_on IS NULL")
                        .params(Date.valueOf(e.day()), now, ongoing.get().id())
                        .update();
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The last day the series' ongoing alert was flagged, or null when none is ongoing. */
    static LocalDate lastFlagged(List<Span> spans) {
        return spans.stream()
                .filter(span -> span.endedOn() == null)
                .findFirst()
                .map(Span::lastFlaggedOn)
                .orElse(null);
    }
}
