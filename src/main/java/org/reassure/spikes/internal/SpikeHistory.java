package org.reassure.spikes.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Cases;
import org.reassure.casework.DailyCount;
import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;

/**
 * Daily counts from a force's previous records system, for the days before its first case in Reassure, so
 * that a force new to the service has history to set expected levels from. Counts only, nothing personal.
 */
@Component
public class SpikeHistory {

    static final int MAX_ROWS = 2_000_000;

    /** RFC 4180 (Apache Commons CSV), fields trimmed; empty lines are read (and skipped) so records number lines. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private final JdbcClient jdbc;
    private final Units units;
    private final Strands strands;
    private final Cases cases;

    SpikeHistory(JdbcClient jdbc, Units units, Strands strands, Cases cases) {
        this.jdbc = jdbc;
        this.units = units;
        this.strands = strands;
        this.cases = cases;
    }

    /**
     * Reads {@code day,unit,strand,cases} lines (a header line first; day as 2024-03-31, unit and strand as
     * codes) and keeps them, replacing counts already imported for the same day, unit and strand.
     *
     * @return the number of rows imported
     */
    @Transactional
    public int importCsv(Reader csv) throws IOException {
        Set<String> strandCodes = new HashSet<>();
        strands.active().forEach(strand -> strandCodes.add(strand.code()));
        List<DailyCount> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()
                    || !String.join(",", records.next().values())
                            .replace(" ", "")
                            .equalsIgnoreCase("day,unit,strand,cases")) {
                throw new InvalidInput("file", "spikes.history.header");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInput("file", "spikes.history.tooMany", String.valueOf(MAX_ROWS));
                }
                rows.add(row(record, String.valueOf(record.getRecordNumber()), strandCodes));
            }
        } catch (UncheckedIOException malformed) {
            // Apache Commons CSV stops at a quote out of place.
            throw new InvalidInput("file", "spikes.history.malformed");
        }
        keep(rows);
        return rows.size();
    }

    private DailyCount row(CSVRecord record, String line, Set<String> strandCodes) {
        if (record.size() != 4) {
            throw new InvalidInput("file", "spikes.history.fields", line);
        }
        try {
            LocalDate day = LocalDate.parse(record.get(0));
            Unit unit = units.findByCode(record.get(1))
                    .orElseThrow(() -> new InvalidInput("file", "spikes.history.unit", line, record.get(1)));
            String strand = record.get(2).toUpperCase(Locale.ROOT);
            if (!strandCodes.contains(strand)) {
                throw new InvalidInput("file", "spikes.history.strand", line, strand);
            }
            int count = Integer.parseInt(record.get(3));
            if (count < 0) {
                throw new InvalidInput("file", "spikes.history.negative", line);
            }
            return new DailyCount(day, unit.id(), strand, count);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput("file", "spikes.history.day", line);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("file", "spikes.history.notANumber", line);
        }
    }

    /** Keeps counts for days before the first case in Reassure, so that no day is counted twice. */
    @Transactional
    public void keep(List<DailyCount> rows) {
        Optional<LocalDate> firstCase = cases.firstReceivedOn();
        for (DailyCount row : rows) {
            if (firstCase.isPresent() && !row.day().isBefore(firstCase.get())) {
                throw new InvalidInput(
                        "file",
                        "spikes.history.afterFirstCase",
                        firstCase.get().toString(),
                        row.day().toString());
            }
        }
        jdbc.sql("""
                INSERT INTO spike_history_count (day, unit_id, strand_code, cases)
                SELECT * FROM unnest(?::date[], ?::bigint[], ?::text[], ?::int[])
                ON CONFLICT (day, unit_id, strand_code) DO UPDATE SET cases = excluded.cases, imported_at = now()""")
                .params(
                        rows.stream().map(r -> Date.valueOf(r.day())).toArray(Date[]::new),
                        rows.stream().map(DailyCount::unitId).toArray(Long[]::new),
                        rows.stream().map(DailyCount::strand).toArray(String[]::new),
                        rows.stream().map(DailyCount::cases).toArray(Integer[]::new))
                .update();
    }
}
