package org.reassure.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows of one table for PostgreSQL's {@code COPY ... FROM STDIN} in text format: how a module bulk-loads its own
 * tables (a generated data set of a million cases in minutes, where one INSERT a row would take hours). Values are
 * appended one by one, a row ended with {@link #end()}, and the rows so far handed to a {@link Sink} with
 * {@link #copyTo(Sink)}, which empties the buffer, so memory stays bounded by a batch. Only the module that owns the
 * table writes its rows: other modules hand their rows to that module's import API.
 */
public final class CopyRows {

    /** Where rows go: the database in the caller's transaction ({@link #database(DataSource)}), or a test's digest. */
    @FunctionalInterface
    public interface Sink {

        /** Copies rows in COPY text format into {@code target} ({@code table (column, ...)}); returns the rows copied. */
        long copy(String target, byte[] rows) throws IOException;
    }

    /** What one hand-over wrote: what it was (such as {@code COPY hate_case}), how many rows, and in how long. */
    public record Copied(String what, long rows, long millis) {}

    private final String table;
    private final String target;
    private final StringBuilder line = new StringBuilder(1 << 16);
    private long rows;

    /** Rows for {@code table}, with the columns in the order their values are appended. */
    public CopyRows(String table, String columns) {
        this.table = table;
        this.target = table + " (" + columns + ")";
    }

    public String table() {
        return table;
    }

    /** Rows appended since the last copy. */
    public long pending() {
        return rows;
    }

    private CopyRows next() {
        if (line.length() > 0 && line.charAt(line.length() - 1) != '\n') {
            line.append('\t');
        }
        return this;
    }

    public CopyRows nul() {
        next();
        line.append("\\N");
        return this;
    }

    public CopyRows text(String value) {
        if (value == null) {
            return nul();
        }
        next();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    public CopyRows uuid(UUID value) {
        return value == null ? nul() : raw(value.toString());
    }

    public CopyRows num(long value) {
        next();
        line.append(value);
        return this;
    }

    public CopyRows num(Long value) {
        return value == null ? nul() : num(value.longValue());
    }

    public CopyRows num(Integer value) {
        return value == null ? nul() : num(value.longValue());
    }

    public CopyRows real(double value) {
        next();
        line.append(value);
        return this;
    }

    public CopyRows bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    /** A point in time, in UTC to the second (and to the microsecond when it has a fraction); null for none. */
    public CopyRows ts(Instant value) {
        if (value == null) {
            return nul();
        }
        next();
        long epochSecond = value.getEpochSecond();
        long day = Math.floorDiv(epochSecond, 86_400L);
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        date(LocalDate.ofEpochDay(day));
        line.append(' ');
        two(second / 3600).append(':');
        two(second / 60 % 60).append(':');
        two(second % 60);
        if (value.getNano() != 0) {
            String micros = Integer.toString(1_000_000 + value.getNano() / 1000);
            line.append('.').append(micros, 1, micros.length());
        }
        line.append("+00");
        return this;
    }

    public CopyRows day(LocalDate date) {
        if (date == null) {
            return nul();
        }
        next();
        date(date);
        return this;
    }

    private void date(LocalDate date) {
        line.append(date.getYear()).append('-');
        two(date.getMonthValue()).append('-');
        two(date.getDayOfMonth());
    }

    private StringBuilder two(int value) {
        if (value < 10) {
            line.append('0');
        }
        return line.append(value);
    }

    private CopyRows raw(String value) {
        next();
        line.append(value);
        return this;
    }

    /** Ends the row. */
    public void end() {
        line.append('\n');
        rows++;
    }

    /** Hands the rows appended since the last copy to {@code sink} and empties the buffer; nothing when there are none. */
    public Copied copyTo(Sink sink) throws IOException {
        if (rows == 0) {
            return new Copied("COPY " + table, 0, 0);
        }
        long started = System.nanoTime();
        long copied = sink.copy(target, line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
        rows = 0;
        return new Copied("COPY " + table, copied, (System.nanoTime() - started) / 1_000_000);
    }

    /** The database as a sink: COPY on the connection of the caller's transaction, so a load is all or nothing. */
    public static Sink database(DataSource dataSource) {
        return (target, bytes) -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY " + target + " FROM STDIN", new ByteArrayInputStream(bytes));
            } catch (SQLException failure) {
                throw new IOException("COPY into " + target.substring(0, target.indexOf(' ')) + " failed", failure);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        };
    }
}
