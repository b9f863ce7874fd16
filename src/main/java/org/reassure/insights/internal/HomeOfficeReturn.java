package org.reassure.insights.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.platform.Message;

/**
 * The Home Office annual hate crime return: recorded crimes (offences, not flags) by offence group, with a
 * column for each strand and a total. An offence with several strands counts once in each of their columns
 * and once in the total, so the strand columns add up to more than the total.
 */
@Service
public class HomeOfficeReturn {

    private final Cube cube;
    private final Strands strands;

    HomeOfficeReturn(Cube cube, Strands strands) {
        this.cube = cube;
        this.strands = strands;
    }

    /** A strand's column: a local strand is one the force monitors beyond the five monitored nationally. */
    public record Column(String code, String name, boolean monitored) {

        public MessageSourceResolvable label() {
            return Labels.strand(code, name);
        }
    }

    public record Line(String code, Message name, List<Long> byStrand, long total) {}

    public record Table(Unit unit, int year, List<Column> columns, List<Line> lines, Line totals) {

        /** "April 2024 to March 2025". */
        public Message period() {
            return Message.of("insights.return.period", String.valueOf(year), String.valueOf(year + 1));
        }

        /** Offences counted under more than one strand: the strand columns exceed the total by at least this. */
        public long strandCountsMinusTotal() {
            return totals.byStrand().stream().mapToLong(Long::longValue).sum() - totals.total();
        }
    }

    /** The financial year starting in April of {@code year}, for the unit and every unit below it. */
    public Table forYear(Unit unit, int year) {
        Map<String, Long> counts = cube.crimesByStrand(unit.id(), YearMonth.of(year, 4), YearMonth.of(year + 1, 3));
        List<Column> columns = strands.active().stream()
                .map(s -> new Column(s.code(), s.name(), s.monitored()))
                .toList();
        List<Line> lines = new ArrayList<>();
        for (String code : Figures.OFFENCE_GROUPS) {
            lines.add(line(code, Figures.offenceGroup(code), "og:" + code, columns, counts));
        }
        Line totals = line("TOTAL", Message.of("insights.return.allOffences"), "crime", columns, counts);
        return new Table(unit, year, columns, lines, totals);
    }

    private static Line line(String code, Message name, String key, List<Column> columns, Map<String, Long> counts) {
        List<Long> byStrand = columns.stream()
                .map(c -> counts.getOrDefault(c.code() + "|" + key, 0L))
                .toList();
        return new Line(code, name, byStrand, counts.getOrDefault("*|" + key, 0L));
    }

    /** The rows of the return as a spreadsheet holds them, the heading row first, in the person's language. */
    public List<List<Object>> rows(Table table, MessageSource messages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> heading = new ArrayList<>();
        heading.add(messages.getMessage(Message.of("insights.return.offenceGroup"), locale));
        table.columns().forEach(c -> heading.add(messages.getMessage(c.label(), locale)));
        heading.add(messages.getMessage(Message.of("insights.return.totalOffences"), locale));
        rows.add(heading);
        List<Line> all = new ArrayList<>(table.lines());
        all.add(table.totals());
        for (Line line : all) {
            List<Object> row = new ArrayList<>();
            row.add(messages.getMessage(line.name(), locale));
            row.addAll(line.byStrand());
            row.add(line.total());
            rows.add(row);
        }
        return rows;
    }
}
