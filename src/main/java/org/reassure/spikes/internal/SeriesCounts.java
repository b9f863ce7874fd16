package org.reassure.spikes.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.casework.Cases;
import org.reassure.casework.DailyCount;
import org.reassure.identity.Unit;

/**
 * The daily counts of every series (a strand in an area) over a window of days: case work's daily counts (read
 * through its public API) and the history imported from before the force used Reassure, and the first day each area
 * has records for.
 */
@Component
class SeriesCounts {

    private final JdbcClient jdbc;
    private final Cases cases;

    SeriesCounts(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The counts of a window: by series ({@link #key}), indexed by day from {@code start}; and each area's first day. */
    record Window(LocalDate start, int length, Map<String, int[]> counts, Map<Long, LocalDate> firstDay) {

        int[] series(long areaId, String strand) {
            return counts.getOrDefault(key(areaId, strand), new int[length]);
        }
    }

    static String key(long areaId, String strand) {
        return areaId + "/" + strand;
    }

    Window read(LocalDate start, LocalDate day, Areas areas) {
        int length = (int) ChronoUnit.DAYS.between(start, day) + 1;
        List<DailyCount> all = new ArrayList<>(cases.dailyCounts(start, day));
        all.addAll(jdbc.sql(
                        "SELECT day, unit_id, strand_code, cases FROM spike_history_count WHERE day BETWEEN ? AND ? AND cases > 0")
                .params(Date.valueOf(start), Date.valueOf(day))
                .query((rs, n) ->
                        new DailyCount(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list());
        // Imported days with no cases still say the force kept records then: they set where its history starts.
        jdbc.sql("SELECT unit_id, min(day) FROM spike_history_count WHERE day BETWEEN ? AND ? GROUP BY unit_id")
                .params(Date.valueOf(start), Date.valueOf(day))
                .query((rs, n) -> new DailyCount(rs.getDate(2).toLocalDate(), rs.getLong(1), "", 0))
                .list()
                .forEach(all::add);
        Map<String, int[]> counts = new HashMap<>();
        Map<Long, LocalDate> firstDay = new HashMap<>();
        for (DailyCount count : all) {
            int index = (int) ChronoUnit.DAYS.between(start, count.day());
            for (Unit area : areas.of(count.unitId())) {
                counts.computeIfAbsent(key(area.id(), count.strand()), k -> new int[length])[index] += count.cases();
                firstDay.merge(area.id(), count.day(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return new Window(start, length, counts, firstDay);
    }
}
