package org.reassure.insights.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code insights_cube}: counts by scope unit, month, strand and key, a few hundred rows whatever the number of
 * cases.
 */
@Component
class Cube {

    private final JdbcClient jdbc;

    Cube(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums by key for the filter. */
    Map<String, Long> totals(Filter f) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("""
                SELECT key, sum(n) AS n FROM insights_cube
                WHERE unit_id = ? AND strand = ? AND month BETWEEN ? AND ? GROUP BY key""")
                .params(f.unit().id(), f.strandKey(), f.fromDate(), f.toDate())
                .query((rs, i) -> totals.put(rs.getString("key"), rs.getLong("n")))
                .list();
        return totals;
    }

    /** Cases received each month of the filter, months without any included. */
    Map<YearMonth, Long> casesByMonth(Filter f) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        jdbc.sql("""
                SELECT month, n FROM insights_cube WHERE unit_id = ? AND strand = ? AND month BETWEEN ? AND ? AND key = 'cases'""")
                .params(f.unit().id(), f.strandKey(), f.fromDate(), f.toDate())
                .query((rs, i) -> byMonth.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("n")))
                .list();
        return byMonth;
    }

    /** Cases held by each of the given units (each with the units below it), in the strand and period of the filter. */
    Map<Long, Long> casesByUnit(Filter f, List<Long> unitIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT unit_id, sum(n) AS n FROM insights_cube
                WHERE unit_id = ANY(?) AND strand = ? AND month BETWEEN ? AND ? AND key = 'cases' GROUP BY unit_id""")
                .params(unitIds.toArray(Long[]::new), f.strandKey(), f.fromDate(), f.toDate())
                .query((rs, i) -> counts.put(rs.getLong("unit_id"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Recorded crimes and their offence groups by strand ({@code strand|key}), for the unit and the months given. */
    Map<String, Long> crimesByStrand(long unitId, YearMonth from, YearMonth to) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT strand, key, sum(n) AS n FROM insights_cube
                WHERE unit_id = ? AND month BETWEEN ? AND ? AND (key LIKE 'og:%' OR key = 'crime') GROUP BY strand, key""")
                .params(unitId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query((rs, i) -> counts.put(rs.getString("strand") + "|" + rs.getString("key"), rs.getLong("n")))
                .list();
        return counts;
    }
}
