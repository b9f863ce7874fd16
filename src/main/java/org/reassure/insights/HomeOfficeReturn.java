package org.reassure.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.casework.Strands;
import org.reassure.identity.Unit;

/**
 * The Home Office annual hate crime return: recorded crimes (offences, not flags) by offence group, with a
 * column for each strand and a total. An offence with several strands counts once in each of their columns
 * and once in the total, so the strand columns add up to more than the total.
 */
@Service
class HomeOfficeReturn {

    private final JdbcClient jdbc;
    private final Strands strands;

    HomeOfficeReturn(JdbcClient jdbc, Strands strands) {
        this.jdbc = jdbc;
        this.strands = strands;
    }

    record Column(String code, String name, boolean monitored) {}

    record Line(String code, String name, List<Long> byStrand, long total) {}

    record Table(Unit unit, int year, List<Column> columns, List<Line> lines, Line totals) {

        public String period() {
            return "April " + year + " to March " + (year + 1);
        }

        /** Offences counted under more than one strand: the strand columns exceed the total by at least this. */
        public long strandCountsMinusTotal() {
            return totals.byStrand().stream().mapToLong(Long::longValue).sum() - totals.total();
        }
    }

    /** The financial year starting in April of {@code year}, for the unit and every unit below it. */
    Table forYear(Unit unit, int year) {
        java.sql.Date from = java.sql.Date.valueOf(YearMonth.of(year, 4).atDay(1));
        java.sql.Date to = java.sql.Date.valueOf(YearMonth.of(year + 1, 3).atDay(1));
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT strand, key, sum(n) AS n FROM insights_cube
                WHERE unit_id = ? AND month BETWEEN ? AND ? AND (key LIKE 'og:%' OR key = 'crime') GROUP BY strand, key""")
                .params(unit.id(), from, to)
                .query((rs, i) -> counts.put(rs.getString("strand") + "|" + rs.getString("key"), rs.getLong("n")))
                .list();
        List<Column> columns = strands.active().stream()
                .map(s -> new Column(s.code(), s.name(), s.monitored()))
                .toList();
        List<Line> lines = new ArrayList<>();
        Figures.OFFENCE_GROUPS.forEach((code, name) -> lines.add(line(code, name, "og:" + code, columns, counts)));
        Line totals = line("TOTAL", "All offences", "crime", columns, counts);
        return new Table(unit, year, columns, lines, totals);
    }

    private static Line line(String code, String name, String key, List<Column> columns, Map<String, Long> counts) {
        List<Long> byStrand = columns.stream()
                .map(c -> counts.getOrDefault(c.code() + "|" + key, 0L))
                .toList();
        return new Line(code, name, byStrand, counts.getOrDefault("*|" + key, 0L));
    }

    /** The rows of the return as a spreadsheet would hold them, the heading row first. */
    List<List<Object>> rows(Table table) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> heading = new ArrayList<>();
        heading.add("Offence group");
        table.columns().forEach(c -> heading.add(c.name()));
        heading.add("Total offences");
        rows.add(heading);
        List<Line> all = new ArrayList<>(table.lines());
        all.add(table.totals());
        for (Line line : all) {
            List<Object> row = new ArrayList<>();
            row.add(line.name());
            row.addAll(line.byStrand());
            row.add(line.total());
            rows.add(row);
        }
        return rows;
    }

    record Mapping(
            String strand,
            String religion,
            String nibrsCode,
            String nibrsGroup,
            String nibrsName,
            String osce,
            String note,
            long offences) {}

    /** Recorded crimes in the year by strand and religion category, with their NIBRS bias code and OSCE/ODIHR category. */
    List<Mapping> biasMapping(Unit unit, int year) {
        java.sql.Date from = java.sql.Date.valueOf(YearMonth.of(year, 4).atDay(1));
        java.sql.Date to = java.sql.Date.valueOf(YearMonth.of(year + 1, 3).atDay(1));
        return jdbc.sql("""
                WITH counted AS (
                    SELECT s.strand, CASE WHEN s.strand = 'RELIGION' THEN r.religion END AS religion, count(*) AS n
                    FROM insights_case_fact f
                    JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                    CROSS JOIN LATERAL unnest(f.strands) AS s(strand)
                    LEFT JOIN LATERAL unnest(CASE WHEN s.strand = 'RELIGION' AND cardinality(f.religions) > 0 THEN f.religions
                                                  ELSE ARRAY[NULL]::text[] END) AS r(religion) ON TRUE
                    WHERE f.classification = 'CRIME' AND f.month BETWEEN ? AND ?
                    GROUP BY 1, 2)
                SELECT m.strand_code, m.religion_category, m.nibrs_code, m.nibrs_group, m.nibrs_name, m.osce_category, m.note,
                       coalesce(c.n, 0) AS n
                FROM insights_bias_mapping m
                JOIN strand st ON st.code = m.strand_code
                LEFT JOIN religion_category rc ON rc.code = m.religion_category
                LEFT JOIN counted c ON c.strand = m.strand_code AND c.religion IS NOT DISTINCT FROM m.religion_category
                ORDER BY st.sort_order, rc.sort_order NULLS LAST""")
                .params(unit.id(), from, to)
                .query((rs, i) -> new Mapping(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8)))
                .list();
    }
}
