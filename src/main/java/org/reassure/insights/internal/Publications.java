package org.reassure.insights.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.Message;

/**
 * Published open data: each publication keeps its tables as published, cell by cell. A label that is a message key
 * (the totals, crimes not yet with an area) is shown in the reader's language; other labels are data as they were.
 */
@Service
public class Publications {

    private final JdbcClient jdbc;
    private final OpenData openData;
    private final Units units;
    private final Clock clock;
    private final MessageSource messages;

    Publications(JdbcClient jdbc, OpenData openData, Units units, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.openData = openData;
        this.units = units;
        this.clock = clock;
        this.messages = messages;
    }

    public record Publication(
            long id,
            Unit scope,
            YearMonth from,
            YearMonth to,
            String publishedBy,
            Instant publishedAt,
            List<OpenData.MonthTable> tables) {}

    /** Publishes the tables as {@link OpenData#prepare} makes them; the caller audits the disclosure. */
    @Transactional
    public long publish(Unit scope, YearMonth from, YearMonth to, String publishedBy) {
        List<OpenData.MonthTable> tables = openData.prepare(scope, from, to);
        long id = jdbc.sql("""
                INSERT INTO insights_publication (scope_unit_id, period_from, period_to, published_by, published_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        scope.id(),
                        Date.valueOf(from.atDay(1)),
                        Date.valueOf(to.atDay(1)),
                        publishedBy,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (OpenData.MonthTable table : tables) {
            for (int i = 0; i < table.rows().size(); i++) {
                for (int j = 0; j < table.columns().size(); j++) {
                    OpenData.Cell cell = table.cells().get(i).get(j);
                    jdbc.sql("""
                            INSERT INTO insights_published_cell (publication_id, month, row_order, row_label, col_order, col_code, col_label, value)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(
                                    id,
                                    Date.valueOf(table.month().atDay(1)),
                                    i,
                                    stored(table.rows().get(i)),
                                    j,
                                    table.columnCodes().get(j),
                                    stored(table.columns().get(j)),
                                    cell.suppressed()
                                            ? null
                                            : Integer.valueOf(cell.shown().replace(",", "")))
                            .update();
                }
            }
        }
        return id;
    }

    /** A label as kept: a message as its key, a strand's name in English, data as it is. */
    private String stored(Object label) {
        if (label instanceof Message message) {
            return message.key();
        }
        if (label instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, Locale.UK);
        }
        return label.toString();
    }

    /** A label as kept, for showing: a message key is shown in the reader's language. */
    private static Object shown(String label, String code) {
        if (Message.isKey(label)) {
            return Message.of(label);
        }
        return code == null || code.equals("ALL") ? label : Labels.strand(code, label);
    }

    /** The most recent publication, if any. */
    public Optional<Publication> latest() {
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
        record Stored(String rowLabel, String code, String columnLabel, Integer value) {}
        Map<LocalDate, Map<Integer, List<Stored>>> grid = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT month, row_order, row_label, col_code, col_label, value FROM insights_published_cell
                WHERE publication_id = ? ORDER BY month, row_order, col_order""")
                .param(id)
                .query((rs, i) -> grid.computeIfAbsent(rs.getDate(1).toLocalDate(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                        .add(new Stored(rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6))))
                .list();
        List<OpenData.MonthTable> tables = new ArrayList<>();
        grid.forEach((month, rowsByOrder) -> {
            List<List<Stored>> rows = new ArrayList<>(rowsByOrder.values());
            List<Stored> first = rows.get(0);
            List<String> codes = first.stream().map(Stored::code).toList();
            List<Object> columns =
                    first.stream().map(s -> shown(s.columnLabel(), s.code())).toList();
            List<Object> rowNames = new ArrayList<>();
            List<List<OpenData.Cell>> cells = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<Stored> row = rows.get(r);
                rowNames.add(shown(row.get(0).rowLabel(), null));
                List<OpenData.Cell> line = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    line.add(OpenData.cell(row.get(c).value(), r == rows.size() - 1 || c == row.size() - 1));
                }
                cells.add(line);
            }
            tables.add(new OpenData.MonthTable(YearMonth.from(month), codes, columns, rowNames, cells));
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

    /** The publication as CSV rows, the heading first: month, area, strand, count ("[c]" where suppressed). */
    public List<List<Object>> csvRows(Optional<Publication> publication, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "area", "strand", "recorded_hate_crimes"));
        publication.ifPresent(p -> {
            for (OpenData.MonthTable t : p.tables()) {
                for (int i = 0; i < t.rows().size(); i++) {
                    for (int j = 0; j < t.columns().size(); j++) {
                        OpenData.Cell cell = t.cells().get(i).get(j);
                        rows.add(List.of(
                                t.month().toString(),
                                text(t.rows().get(i), locale),
                                text(t.columns().get(j), locale),
                                cell.shown().replace(",", "")));
                    }
                }
            }
        });
        return rows;
    }

    private String text(Object label, Locale locale) {
        return label instanceof MessageSourceResolvable resolvable
                ? messages.getMessage(resolvable, locale)
                : label.toString();
    }
}
