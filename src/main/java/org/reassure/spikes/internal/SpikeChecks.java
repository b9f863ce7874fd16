package org.reassure.spikes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;

/**
 * Checks days for spikes: for every active strand in every area (each borough, and each force as a whole)
 * it counts the day's cases ({@link SeriesCounts}), asks the {@link SpikeDetector} whether that is a significant
 * rise, keeps the result ({@link CheckRecords}), and raises, updates or ends the series' one alert
 * ({@link AlertSpans}). Checking a day again gives the same result, and checks never run at once on two nodes (a
 * PostgreSQL advisory lock).
 */
@Component
public class SpikeChecks {

    private static final Logger log = LoggerFactory.getLogger(SpikeChecks.class);
    /** The most days a check catches up after the service was stopped. */
    static final int MAX_CATCH_UP = 120;

    private static final long LOCK = 0x5B1CE5L;

    private final JdbcClient jdbc;
    private final SeriesCounts counts;
    private final CheckRecords records;
    private final AlertSpans spans;
    private final Strands strands;
    private final Units units;
    private final Clock clock;
    private final SpikeDetector detector = new SpikeDetector(SpikeDetector.DEFAULT);

    SpikeChecks(
            JdbcClient jdbc,
            SeriesCounts counts,
            CheckRecords records,
            AlertSpans spans,
            Strands strands,
            Units units,
            Clock clock) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.records = records;
        this.spans = spans;
        this.strands = strands;
        this.units = units;
        this.clock = clock;
    }

    /** What a check did, for the person who asked. */
    public record Summary(LocalDate from, LocalDate to, int days, int series, int flagged, int raised) {}

    public LocalDate today() {
        return clock.instant().atZone(Formats.UK).toLocalDate();
    }

    /**
     * Checks every day not yet fully checked up to yesterday (at most {@link #MAX_CATCH_UP} days back; only
     * yesterday when nothing was checked before), and today so far when {@code includeToday}.
     */
    @Transactional
    public Summary catchUp(String by, boolean includeToday) {
        lock();
        LocalDate today = today();
        LocalDate yesterday = today.minusDays(1);
        LocalDate from = records.lastComplete().orElse(yesterday.minusDays(1)).plusDays(1);
        if (from.isBefore(today.minusDays(MAX_CATCH_UP))) {
            from = today.minusDays(MAX_CATCH_UP);
        }
        return checkDays(
                from.isAfter(yesterday) && !includeToday ? yesterday : from, includeToday ? today : yesterday, by);
    }

    /** Checks each day from {@code from} to {@code to} in order (today, if included, as a partial day). */
    @Transactional
    public Summary checkDays(LocalDate from, LocalDate to, String by) {
        lock();
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

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Object.class)
                .list();
    }

    /** @return the series checked, those flagged and the alerts raised */
    private int[] checkDay(LocalDate day, String by) {
        SpikeDetector.Settings settings = detector.settings();
        LocalDate windowStart = day.minusDays(settings.maxHistoryDays() + settings.guardDays() + SpikeDetector.WEEK);
        Areas areas = new Areas(units.all());
        SeriesCounts.Window window = counts.read(windowStart, day, areas);
        Map<String, List<AlertSpans.Span>> alerts = spans.startedBy(day);
        List<CheckRecords.Observation> observations = new ArrayList<>();
        int flagged = 0;
        int raised = 0;
        List<Strands.StrandInfo> active = strands.active();
        for (Unit area : areas.all()) {
            for (Strands.StrandInfo strand : active) {
                LocalDate start = window.firstDay().getOrDefault(area.id(), day.plusDays(1));
                List<AlertSpans.Span> own = alerts.getOrDefault(SeriesCounts.key(area.id(), strand.code()), List.of());
                SpikeDetector.Series data = series(
                        windowStart,
                        start,
                        window.series(area.id(), strand.code()),
                        AlertSpans.excludedDays(own, start, day));
                SpikeDetector.Evaluation evaluation = detector.evaluate(data, day);
                observations.add(new CheckRecords.Observation(area.id(), strand.code(), evaluation));
                flagged += evaluation.flagged() ? 1 : 0;
                SpikeDetector.Step step = detector.next(AlertSpans.lastFlagged(own), evaluation);
                raised += spans.apply(area, strand.code(), step, evaluation, own) ? 1 : 0;
            }
        }
        records.keep(day, observations, by, !day.isBefore(today()));
        log.info(
                "Spike check for {}: {} series, {} flagged, {} alerts raised",
                day,
                observations.size(),
                flagged,
                raised);
        return new int[] {observations.size(), flagged, raised};
    }

    private static SpikeDetector.Series series(
            LocalDate windowStart, LocalDate start, int[] counts, boolean[] excludedFromStart) {
        int offset = (int) Math.max(0, ChronoUnit.DAYS.between(windowStart, start));
        LocalDate from = windowStart.plusDays(offset);
        int[] trimmed = Arrays.copyOfRange(counts, Math.min(offset, counts.length), counts.length);
        return new SpikeDetector.Series(from, trimmed, excludedFromStart);
    }
}
