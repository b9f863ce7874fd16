package org.reassure.insights.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.platform.Message;

/**
 * Open data: recorded hate crimes by month, area and strand, after disclosure control ({@link DisclosureControl}).
 * Areas are the units directly below the publisher's unit (boroughs, for a force); months are whole months;
 * no free text and no location finer than an area. Totals are the sums of the strand counts (an offence with
 * several strands counts in each), so that every published table adds up.
 */
@Service
public class OpenData {

    /** The most months one publication holds. */
    public static final int MAX_MONTHS = 36;

    private final JdbcClient jdbc;
    private final StatisticsAccess access;
    private final Strands strands;

    OpenData(JdbcClient jdbc, StatisticsAccess access, Strands strands) {
        this.jdbc = jdbc;
        this.access = access;
        this.strands = strands;
    }

    /** A cell as published: "[c]" when suppressed. */
    public record Cell(String shown, boolean suppressed, boolean total) {}

    /**
     * One month's table. Row and column labels are data (an area's name), a strand's name, or a message (the
     * totals); {@code columnCodes} are the strands' codes, and {@code ALL} for the total.
     */
    public record MonthTable(
            YearMonth month,
            List<String> columnCodes,
            List<Object> columns,
            List<Object> rows,
            List<List<Cell>> cells) {}

    /** The tables as they would be published now, after suppression. */
    public List<MonthTable> prepare(Unit scope, YearMonth from, YearMonth to) {
        List<Unit> areas = new ArrayList<>(access.childrenOf(scope));
        List<Strands.StrandInfo> columns = strands.active();
        Map<String, Long> counts = new HashMap<>();
        // Each crime counts towards the area (a unit directly below the scope) that holds it, or the scope itself.
        jdbc.sql("""
                SELECT f.month, coalesce(a.scope_id, f.unit_id) AS area, s.strand, count(*) AS n
                FROM insights_case_fact f
                JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                LEFT JOIN insights_unit_closure a ON a.unit_id = f.unit_id
                     AND a.scope_id IN (SELECT id FROM identity_unit_v WHERE parent_id = ?)
                CROSS JOIN LATERAL unnest(f.strands) AS s(strand)
                WHERE f.classification = 'CRIME' AND f.month BETWEEN ? AND ?
                GROUP BY 1, 2, 3""")
                .params(scope.id(), scope.id(), Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query((rs, i) -> counts.put(
                        rs.getDate(1).toLocalDate() + "|" + rs.getLong(2) + "|" + rs.getString(3), rs.getLong(4)))
                .list();
        boolean scopeHoldsCrimes =
                counts.keySet().stream().anyMatch(k -> k.split("\\|")[1].equals(String.valueOf(scope.id())));
        if (areas.isEmpty() || scopeHoldsCrimes) {
            areas.add(scope);
        }
        List<Object> rowNames = new ArrayList<>(areas.stream()
                .map(a -> a.id() == scope.id() && areas.size() > 1
                        ? (Object) Message.of("insights.openData.notYetInArea")
                        : a.name())
                .toList());
        rowNames.add(Message.of("insights.openData.allAreas"));
        List<String> codes =
                new ArrayList<>(columns.stream().map(Strands.StrandInfo::code).toList());
        codes.add("ALL");
        List<Object> columnNames = new ArrayList<>(columns.stream()
                .map(s -> (Object) Labels.strand(s.code(), s.name()))
                .toList());
        columnNames.add(Message.of("insights.openData.allStrands"));
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
            tables.add(new MonthTable(m, codes, columnNames, rowNames, cells(DisclosureControl.protect(interior))));
        }
        return tables;
    }

    private static List<List<Cell>> cells(DisclosureControl.Protected p) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < p.rows(); i++) {
            List<Cell> row = new ArrayList<>();
            for (int j = 0; j < p.columns(); j++) {
                row.add(cell(p.published(i, j), i == p.rows() - 1 || j == p.columns() - 1));
            }
            rows.add(row);
        }
        return rows;
    }

    static Cell cell(Number value, boolean total) {
        return new Cell(value == null ? "[c]" : String.format("%,d", value.longValue()), value == null, total);
    }
}
