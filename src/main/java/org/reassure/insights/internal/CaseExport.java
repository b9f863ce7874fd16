package org.reassure.insights.internal;

import java.io.OutputStream;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case-level statistics export: one line per case in the filter, with no free text and no personal data,
 * streamed from a database cursor (fetch size 2,000 inside a read-only transaction) straight to the response,
 * so a million rows never sit in memory.
 */
@Service
public class CaseExport {

    /** The column names: codes for the tools that read the file, the same in every language. */
    static final List<String> HEADINGS = List.of(
            "reference",
            "month",
            "unit",
            "classification",
            "offence_group",
            "strands",
            "religion_categories",
            "channel",
            "online",
            "anonymous",
            "outcome_code",
            "victim_withdrew",
            "repeat_victim",
            "hours_to_first_contact",
            "secondary_reassurance_contact");

    private final JdbcTemplate cursor;
    private final TransactionTemplate transaction;

    CaseExport(DataSource dataSource, TransactionTemplate transaction) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(2000);
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setReadOnly(true);
    }

    /** Writes the CSV and returns the number of cases written. */
    public long write(Filter f, OutputStream out) {
        CsvFiles.Printer csv = CsvFiles.to(out);
        long[] count = {0};
        csv.row(HEADINGS);
        transaction.executeWithoutResult(status -> cursor.query(
                """
                SELECT f.reference, to_char(f.month, 'YYYY-MM') AS month, u.code AS unit, f.classification, f.offence_group,
                       f.strands, f.religions, f.channel, f.online, f.anonymous, f.outcome_code, f.withdrawn, f.repeat_victim,
                       round(f.first_contact_hours::numeric, 1) AS first_contact_hours, f.src
                FROM insights_case_fact f
                JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                JOIN identity_unit_v u ON u.id = f.unit_id
                WHERE f.month BETWEEN ? AND ? AND (? = '*' OR ? = ANY (f.strands))
                ORDER BY f.month, f.reference""",
                rs -> {
                    csv.row(Arrays.asList(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            joined(rs.getArray(6)),
                            joined(rs.getArray(7)),
                            rs.getString(8),
                            rs.getBoolean(9),
                            rs.getBoolean(10),
                            rs.getObject(11),
                            rs.getBoolean(12),
                            rs.getBoolean(13),
                            rs.getBigDecimal(14),
                            rs.getBoolean(15)));
                    count[0]++;
                },
                f.unit().id(),
                f.fromDate(),
                f.toDate(),
                f.strandKey(),
                f.strandKey()));
        csv.flush();
        return count[0];
    }

    private static String joined(Array array) throws SQLException {
        if (array == null) {
            return "";
        }
        return String.join(";", (String[]) array.getArray());
    }
}
