package org.reassure.spikes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
class SpikeHistory {

    static final int MAX_ROWS = 2_000_000;

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
        List<DailyCount> rows = new ArrayList<>();
        Set<String> strandCodes = new HashSet<>();
        strands.active().forEach(strand -> strandCodes.add(strand.code()));
        BufferedReader lines = new BufferedReader(csv);
        String header = lines.readLine();
        if (header == null || !header.replace(" ", "").equalsIgnoreCase("day,unit,strand,cases")) {
            throw new InvalidInput("file", "The first line must be the header day,unit,strand,cases");
        }
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new InvalidInput("file", "The file has more than " + MAX_ROWS + " rows: split it");
            }
            String[] fields = line.split(",", -1);
            int lineNumber = number;
            if (fields.length != 4) {
                throw new InvalidInput("file", "Line " + number + " must have 4 fields: day,unit,strand,cases");
            }
            try {
                LocalDate day = LocalDate.parse(fields[0].strip());
                Unit unit = units.findByCode(fields[1])
                        .orElseThrow(() -> new InvalidInput(
                                "file",
                                "Line " + lineNumber + ": there is no unit with the code " + fields[1].strip()));
                String strand = fields[2].strip().toUpperCase();
                if (!strandCodes.contains(strand)) {
                    throw new InvalidInput("file", "Line " + number + ": there is no strand with the code " + strand);
                }
                int count = Integer.parseInt(fields[3].strip());
                if (count < 0) {
                    throw new InvalidInput("file", "Line " + number + ": the number of cases cannot be negative");
                }
                rows.add(new DailyCount(day, unit.id(), strand, count));
            } catch (DateTimeParseException notADate) {
                throw new InvalidInput("file", "Line " + number + ": the day must be a date like 2024-03-31");
            } catch (NumberFormatException notANumber) {
                throw new InvalidInput("file", "Line " + number + ": the number of cases must be a whole number");
            }
        }
        keep(rows);
        return rows.size();
    }

    /** Keeps counts for days before the first case in Reassure, so that no day is counted twice. */
    @Transactional
    public void keep(List<DailyCount> rows) {
        Optional<LocalDate> firstCase = cases.firstReceivedOn();
        for (DailyCount row : rows) {
            if (firstCase.isPresent() && !row.day().isBefore(firstCase.get())) {
                throw new InvalidInput(
                        "file",
                        "Counts can only be imported for days before the first case in Reassure (" + firstCase.get()
                                + "); " + row.day() + " is not");
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
