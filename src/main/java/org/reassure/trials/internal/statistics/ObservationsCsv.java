package org.reassure.trials.internal.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the analysis data of a trial: a header row naming {@code time}, {@code event} and {@code arm} (in any
 * order, other columns ignored), then one row a case; {@code event} is 1 or 0 (also true/false),
 * {@code arm} is {@code control} or {@code treatment}. Every refusal names the row and the reason.
 */
public final class ObservationsCsv {

    private ObservationsCsv() {}

    /** Data that cannot be analysed; the message is written for the person who supplied it. */
    public static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    public static List<Observation> read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new Unusable("The file is empty: it needs a header row time,event,arm and one row a case.");
        }
        List<String> columns = Arrays.stream(strip(header).split(",", -1))
                .map(column -> column.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing = new ArrayList<>();
        for (String wanted : List.of("time", "event", "arm")) {
            if (!columns.contains(wanted)) {
                missing.add(wanted);
            }
        }
        if (!missing.isEmpty()) {
            throw new Unusable("The header row has no column " + String.join(", ", missing)
                    + ". It needs time, event and arm (found: " + String.join(",", columns) + ").");
        }
        int timeColumn = columns.indexOf("time");
        int eventColumn = columns.indexOf("event");
        int armColumn = columns.indexOf("arm");
        List<Observation> observations = new ArrayList<>();
        String line;
        int row = 1;
        while ((line = reader.readLine()) != null) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                throw new Unusable(
                        "Row " + row + " has " + cells.length + " values but the header has " + columns.size() + ".");
            }
            observations.add(new Observation(
                    time(cells[timeColumn].trim(), row),
                    event(cells[eventColumn].trim(), row),
                    treatment(cells[armColumn].trim(), row)));
        }
        if (observations.isEmpty()) {
            throw new Unusable("The file has a header but no rows of data.");
        }
        return observations;
    }

    private static String strip(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private static double time(String cell, int row) {
        double time;
        try {
            time = Double.parseDouble(cell);
        } catch (NumberFormatException notNumber) {
            throw new Unusable("Row " + row + ": time must be a number of days, not '" + cell + "'.");
        }
        if (Double.isNaN(time) || Double.isInfinite(time)) {
            throw new Unusable("Row " + row + ": time must be a number of days, not '" + cell + "'.");
        }
        if (time < 0) {
            throw new Unusable("Row " + row + ": time is negative (" + cell + "); it must be 0 or more.");
        }
        return time;
    }

    private static boolean event(String cell, int row) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default ->
                throw new Unusable("Row " + row + ": event must be 1 (happened) or 0 (censored), not '" + cell + "'.");
        };
    }

    private static boolean treatment(String cell, int row) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "treatment" -> true;
            case "control" -> false;
            default -> throw new Unusable("Row " + row + ": arm must be control or treatment, not '" + cell + "'.");
        };
    }
}
