package org.reassure.spikes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.casework.DailyCount;
import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;

/**
 * Checks days for spikes: for every active strand in every area (each borough, and each force as a whole)
 * it counts the day's cases through case work's public aggregates (plus any history imported from before
 * the force used Reassure), asks the {@link SpikeDetector} whether that is a significant rise, keeps the
 * result, and raises, updates or ends the series' one alert. Checking a day again gives the same result,
 * and checks never run at once on two nodes (a PostgreSQL advisory lock).
 */
@Component
class SpikeChecks {

    private static final Logger log = LoggerFactory.getLogger(SpikeChecks.class);
    /** The most days a check catches up after the service was stopped. */
    static final int MAX_CATCH_UP = 120;

    private static final long LOCK = 0x5B1CE5L;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Strands strands;
    private final Units units;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SpikeDetector detector = new SpikeDetector(SpikeDetector.DEFAULT);

    SpikeChecks(
            JdbcClient jdbc, Cases cases, Strands strands, Units units, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.strands = strands;
        this.units = units;
        this.clock = clock;
        this.events = events;
    }

    /** What a check did, for the person who asked. */
    record Summary(LocalDate from, LocalDate to, int days, int series, int flagged, int raised) {}

    LocalDate today() {
        return clock.instant().atZone(Formats.UK).toLocalDate();
    }

    /**
     * Checks every day not yet fully checked up to yesterday (at most {@link #MAX_CATCH_UP} days back; only
     * yesterday when nothing was checked before), and today so far when {@code includeToday}.
     */
    @Transactional
    public Summary catchUp(String by, boolean includeToday) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Object.class)
                .list();
        LocalDate today = today();
        LocalDate yesterday = today.minusDays(1);
        LocalDate lastComplete =
                jdbc.sql("SELECT max(day) FROM spike_check WHERE NOT partial").query(Date.class).list().stream()
                        .filter(java.util.Objects::nonNull)
                        .map(Date::toLocalDate)
                        .findFirst()
                        .orElse(yesterday.minusDays(1));
        LocalDate from = lastComplete.plusDays(1);
        if (from.isBefore(today.minusDays(MAX_CATCH_UP))) {
            from = today.minusDays(MAX_CATCH_UP);
        }
        return checkDays(
                from.isAfter(yesterday) && !includeToday ? yesterday : from, includeToday ? today : yesterday, by);
    }

    /** Checks each day from {@code from} to {@code to} in order (today, if included, as a partial day). */
    @Transactional
    public Summary checkDays(LocalDate from, LocalDate to, String by) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Object.class)
                .list();
        int series = 0;
        int flagged = 0;
        int raised = 0;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int[] result = checkDay(day, by);
            series = result[0];
            flagged += result[1];
            raised += result[2];
            days++;
        }
        return new Summary(from, to, days, series, flagged, raised);
    }

    /** @return the series checked, those flagged and the alerts raised */
    private int[] checkDay(LocalDate day, String by) {
        SpikeDetector.Settings settings = detector.settings();
        LocalDate windowStart = day.minusDays(settings.maxHistoryDays() + settings.guardDays() + SpikeDetector.WEEK);
        Areas areas = new Areas(units.all());
        Map<String, int[]> counts = new HashMap<>();
        Map<Long, LocalDate> firstDay = new HashMap<>();
        int length = (int) ChronoUnit.DAYS.between(windowStart, day) + 1;
        List<DailyCount> all = new ArrayList<>(cases.dailyCounts(windowStart, day));
        all.addAll(jdbc.sql(
                        "SELECT day, unit_id, strand_code, cases FROM spike_history_count WHERE day BETWEEN ? AND ? AND cases > 0")
                .params(Date.valueOf(windowStart), Date.valueOf(day))
                .query((rs, n) ->
                        new DailyCount(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list());
        // Imported days with no cases still say the force kept records then: they set where its history starts.
        jdbc.sql("SELECT unit_id, min(day) FROM spike_history_count WHERE day BETWEEN ? AND ? GROUP BY unit_id")
                .params(Date.valueOf(windowStart), Date.valueOf(day))
                .query((rs, n) -> new DailyCount(rs.getDate(2).toLocalDate(), rs.getLong(1), "", 0))
                .list()
                .forEach(all::add);
        for (DailyCount count : all) {
            int index = (int) ChronoUnit.DAYS.between(windowStart, count.day());
            for (Unit area : areas.of(count.unitId())) {
                counts.computeIfAbsent(key(area.id(), count.strand()), k -> new int[length])[index] += count.cases();
                firstDay.merge(area.id(), count.day(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        boolean partial = !day.isBefore(today());
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
                .forEach(span -> spans.computeIfAbsent(key(span.areaId(), span.strand()), k -> new ArrayList<>())
                        .add(span));
        List<Observation> observations = new ArrayList<>();
        List<Strands.StrandInfo> active = strands.active();
        int series = 0;
        int flagged = 0;
        int raised = 0;
        for (Unit area : areas.all()) {
            for (Strands.StrandInfo strand : active) {
                int[] seriesCounts = counts.getOrDefault(key(area.id(), strand.code()), new int[length]);
                LocalDate start = firstDay.getOrDefault(area.id(), day.plusDays(1));
                List<Span> own = spans.getOrDefault(key(area.id(), strand.code()), List.of());
                SpikeDetector.Series data = seriesFrom(windowStart, start, seriesCounts, excludedDays(own, start, day));
                SpikeDetector.Evaluation evaluation = detector.evaluate(data, day);
                observations.add(new Observation(area.id(), strand.code(), evaluation));
                series++;
                flagged += evaluation.flagged() ? 1 : 0;
                raised += apply(area, strand, evaluation, own) ? 1 : 0;
            }
        }
        keep(day, observations);
        jdbc.sql("""
                INSERT INTO spike_check (day, checked_at, checked_by, series, partial) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by,
                    series = excluded.series, partial = excluded.partial""")
                .params(Date.valueOf(day), Timestamp.from(clock.instant()), by, series, partial)
                .update();
        log.info("Spike check for {}: {} series, {} flagged, {} alerts raised", day, series, flagged, raised);
        return new int[] {series, flagged, raised};
    }

    private static SpikeDetector.Series seriesFrom(
            LocalDate windowStart, LocalDate start, int[] counts, boolean[] excludedFromStart) {
        int offset = (int) Math.max(0, ChronoUnit.DAYS.between(windowStart, start));
        LocalDate from = windowStart.plusDays(offset);
        int[] trimmed = java.util.Arrays.copyOfRange(counts, Math.min(offset, counts.length), counts.length);
        return new SpikeDetector.Series(from, trimmed, excludedFromStart);
    }

    private record Observation(long areaId, String strand, SpikeDetector.Evaluation evaluation) {}

    /** An alert's days, as the day's check sees them. */
    private record Span(
            long id, long areaId, String strand, LocalDate startedOn, LocalDate lastFlaggedOn, LocalDate endedOn) {}

    /** Days of this series' earlier and ongoing alerts, left out of its baseline; indexed from {@code start}. */
    private static boolean[] excludedDays(List<Span> spans, LocalDate start, LocalDate day) {
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

    /** Keeps the day's results, one row per series, replacing those of an earlier check of the same day. */
    private void keep(LocalDate day, List<Observation> observations) {
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
    }

    /** Raises, updates or ends the series' alert; true when a new alert was raised. */
    private boolean apply(Unit area, Strands.StrandInfo strand, SpikeDetector.Evaluation e, List<Span> spans) {
        Optional<Span> ongoing =
                spans.stream().filter(span -> span.endedOn() == null).findFirst();
        // A day checked again that an alert already covers changes nothing.
        boolean covered = spans.stream()
                .anyMatch(span -> !span.startedOn().isAfter(e.day())
                        && (span.endedOn() == null || span.endedOn().isAfter(e.day())));
        LocalDate lastFlagged = ongoing.map(Span::lastFlaggedOn).orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        boolean evidence = e.flagged();
        int observed = e.windowDays() == 1 ? e.observed() : e.observedWeek();
        Double expected = e.windowDays() == 1 ? e.expected() : e.expectedWeek();
        Integer threshold = e.windowDays() == 1 ? e.threshold() : e.thresholdWeek();
        switch (detector.next(lastFlagged, e)) {
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
                                strand.code(),
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
                events.publishEvent(new SpikeAlertRaised(id, strand.code(), area.code(), e.risingSince(), e.day()));
                return true;
            }
            case UPDATE -> {
                if (evidence && !e.day().isBefore(lastFlagged)) {
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

    private static String key(long areaId, String strand) {
        return areaId + "/" + strand;
    }

    /** The areas a unit's cases count in: its borough (if it is in one) and its force. */
    static final class Areas {

        private final Map<Long, Unit> byId = new LinkedHashMap<>();

        Areas(List<Unit> all) {
            all.forEach(unit -> byId.put(unit.id(), unit));
        }

        List<Unit> all() {
            return byId.values().stream()
                    .filter(u -> u.kind() == UnitKind.FORCE || u.kind() == UnitKind.BOROUGH)
                    .toList();
        }

        List<Unit> of(long unitId) {
            List<Unit> areas = new ArrayList<>(2);
            Unit unit = byId.get(unitId);
            while (unit != null) {
                if (unit.kind() == UnitKind.FORCE || unit.kind() == UnitKind.BOROUGH) {
                    areas.add(unit);
                }
                unit = unit.parentId() == null ? null : byId.get(unit.parentId());
            }
            return areas;
        }
    }
}
