package org.reassure.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;

/**
 * Open data: recorded hate crimes by month, area and strand, after disclosure control ({@link DisclosureControl}).
 * Areas are the units directly below the publisher's unit (boroughs, for a force); months are whole months;
 * no free text and no location finer than an area. Totals are the sums of the strand counts (an offence with
 * several strands counts in each), so that every published table adds up.
 */
@Service
class OpenData {

    private final JdbcClient jdbc;
    private final Units units;
    private final Strands strands;
    private final Clock clock;

    OpenData(JdbcClient jdbc, Units units, Strands strands, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.strands = strands;
        this.clock = clock;
    }

    /** A cell as published: null value when suppressed. */
    record Cell(String shown, boolean suppressed, boolean total) {}

    record MonthTable(YearMonth month, List<String> columns, List<String> rows, List<List<Cell>> cells) {}

    record Publication(
            long id,
            Unit scope,
            YearMonth from,
            YearMonth to,
            String publishedBy,
            Instant publishedAt,
            List<MonthTable> tables) {}

    /** The tables as they would be published now, after suppression. */
    List<MonthTable> prepare(Unit scope, YearMonth from, YearMonth to) {
        List<Unit> areas = new ArrayList<>(units.all().stream()
                .filter(u -> u.parentId() != null && u.parentId() == scope.id())
                .toList());
        List<Strands.StrandInfo> columns = strands.active();
        Map<String, Long> counts = new HashMap<>();
        // Each crime counts towards the area (a unit directly below the scope) that holds it, or the scope itself.
        jdbc.sql("""
                SELECT f.month, coalesce(a.scope_id, f.unit_id) AS area, s.strand, count(*) AS n
                FROM insights_case_fact f
                JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                LEFT JOIN insights_unit_closure a ON a.unit_id = f.unit_id AND a.scope_id IN (SELECT id FROM unit WHERE parent_id = ?)
                CROSS JOIN LATERAL unnest(f.strands) AS s(strand)
                WHERE f.classification = 'CRIME' AND f.month BETWEEN ? AND ?
                GROUP BY 1, 2, 3""")
                .params(
                        scope.id(),
                        scope.id(),
                        java.sql.Date.valueOf(from.atDay(1)),
                        java.sql.Date.valueOf(to.atDay(1)))
                .query((rs, i) -> counts.put(
                        rs.getDate(1).toLocalDate() + "|" + rs.getLong(2) + "|" + rs.getString(3), rs.getLong(4)))
                .list();
        boolean scopeHoldsCrimes =
                counts.keySet().stream().anyMatch(k -> k.split("\\|")[1].equals(String.valueOf(scope.id())));
        if (areas.isEmpty() || scopeHoldsCrimes) {
            areas.add(scope);
        }
        List<MonthTable> tables = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[][] interior = new long[areas.size()][columns.size()];
            for (int i = 0; i < areas.size(); i++) {
                for (int j = 0; j < columns.size(); j++) {
                    interior[i][j] = counts.getOrDefault(
                            m.atDay(1) + "|" + areas.get(i).id() + "|"
                                    + columns.get(j).code(),
                            0L);
                }
            }
            DisclosureControl.Protected p = DisclosureControl.protect(interior);
            List<String> rowNames = new ArrayList<>(areas.stream()
                    .map(a -> a.id() == scope.id() && areas.size() > 1 ? "Not yet with an area" : a.name())
                    .toList());
            rowNames.add("All areas");
            List<String> colNames = new ArrayList<>(
                    columns.stream().map(Strands.StrandInfo::name).toList());
            colNames.add("All strands");
            tables.add(new MonthTable(m, colNames, rowNames, cells(p)));
        }
        return tables;
    }

    private static List<List<Cell>> cells(DisclosureControl.Protected p) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < p.rows(); i++) {
            List<Cell> row = new ArrayList<>();
            for (int j = 0; j < p.columns(); j++) {
                Long v = p.published(i, j);
                row.add(new Cell(
                        v == null ? "[c]" : String.format("%,d", v),
                        v == null,
                        i == p.rows() - 1 || j == p.columns() - 1));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Publishes the tables; the caller audits the disclosure. */
    @Transactional
    long publish(Unit scope, YearMonth from, YearMonth to, String publishedBy) {
        List<MonthTable> tables = prepare(scope, from, to);
        long id = jdbc.sql("""
                INSERT INTO insights_publication (scope_unit_id, period_from, period_to, published_by, published_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        scope.id(),
                        java.sql.Date.valueOf(from.atDay(1)),
                        java.sql.Date.valueOf(to.atDay(1)),
                        publishedBy,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (MonthTable table : tables) {
            for (int i = 0; i < table.rows().size(); i++) {
                for (int j = 0; j < table.columns().size(); j++) {
                    Cell cell = table.cells().get(i).get(j);
                    jdbc.sql("""
                            INSERT INTO insights_published_cell (publication_id, month, row_order, row_label, col_order, col_code, col_label, value)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(
                                    id,
                                    java.sql.Date.valueOf(table.month().atDay(1)),
                                    i,
                                    table.rows().get(i),
                                    j,
                                    j == table.columns().size() - 1 ? "ALL" : "C" + j,
                                    table.columns().get(j),
                                    cell.suppressed()
                                            ? null
                                            : Integer.valueOf(cell.shown().replace(",", "")))
                            .update();
                }
            }
        }
        return id;
    }

    /** The most recent publication, if any. */
    Optional<Publication> latest() {
        return jdbc.sql("SELECT id FROM insights_publication ORDER BY published_at DESC, id DESC LIMIT 1")
                .query(Long.class)
                .optional()
                .map(this::publication);
    }

    Publication publication(long id) {
        record Head(long scope, LocalDate from, LocalDate to, String by, Instant at) {}
        Head head = jdbc.sql(
                        "SELECT scope_unit_id, period_from, period_to, published_by, published_at FROM insights_publication WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Head(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .single();
        Map<LocalDate, Map<Integer, Map<Integer, Object[]>>> grid = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT month, row_order, row_label, col_order, col_label, value FROM insights_published_cell
                WHERE publication_id = ? ORDER BY month, row_order, col_order""")
                .param(id)
                .query((rs, i) -> {
                    Integer value = (Integer) rs.getObject(6);
                    grid.computeIfAbsent(rs.getDate(1).toLocalDate(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new LinkedHashMap<>())
                            .put(rs.getInt(4), new Object[] {rs.getString(3), rs.getString(5), value});
                    return null;
                })
                .list();
        List<MonthTable> tables = new ArrayList<>();
        grid.forEach((month, rowsMap) -> {
            List<String> rowNames = new ArrayList<>();
            List<String> colNames = new ArrayList<>();
            List<List<Cell>> cells = new ArrayList<>();
            int lastRow = rowsMap.size() - 1;
            int r = 0;
            for (Map<Integer, Object[]> row : rowsMap.values()) {
                List<Cell> line = new ArrayList<>();
                int c = 0;
                for (Object[] cell : row.values()) {
                    if (r == 0) {
                        colNames.add((String) cell[1]);
                    }
                    Integer value = (Integer) cell[2];
                    line.add(new Cell(
                            value == null ? "[c]" : String.format("%,d", value),
                            value == null,
                            r == lastRow || c == row.size() - 1));
                    c++;
                }
                rowNames.add((String) row.values().iterator().next()[0]);
                cells.add(line);
                r++;
            }
            tables.add(new MonthTable(YearMonth.from(month), colNames, rowNames, cells));
        });
        return new Publication(
                id,
                units.findById(head.scope()).orElseThrow(),
                YearMonth.from(head.from()),
                YearMonth.from(head.to()),
                head.by(),
                head.at(),
                tables);
    }

    /** The publication as CSV lines: month, area, strand, count ("[c]" where suppressed). */
    static List<List<Object>> csvRows(Publication publication) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "area", "strand", "recorded_hate_crimes"));
        for (MonthTable t : publication.tables()) {
            for (int i = 0; i < t.rows().size(); i++) {
                for (int j = 0; j < t.columns().size(); j++) {
                    Cell cell = t.cells().get(i).get(j);
                    rows.add(List.of(
                            t.month().toString(),
                            t.rows().get(i),
                            t.columns().get(j),
                            cell.shown().replace(",", "")));
                }
            }
        }
        return rows;
    }
}
