package org.reassure.insights.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files as RFC 4180 writes them (Apache Commons CSV), UTF-8. Text that a spreadsheet would run as a formula
 * (starting with = + - or @) is written with an apostrophe in front, so that opening a download never runs one.
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvFiles() {}

    /** A printer to the stream; the caller flushes it when done (closing it would close the response). */
    public static Printer to(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            return new Printer(new CSVPrinter(writer, FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows, each a list of cells, and flushes. */
    public static void write(OutputStream out, List<? extends List<?>> rows) {
        Printer printer = to(out);
        rows.forEach(printer::row);
        printer.flush();
    }

    /** One CSV file being written. */
    public static final class Printer {

        private final CSVPrinter printer;

        private Printer(CSVPrinter printer) {
            this.printer = printer;
        }

        public void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream().map(CsvFiles::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
