package org.reassure.insights.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.identity.Unit;

/**
 * Recorded crimes in a financial year by strand and religion category, with the FBI NIBRS bias code and the
 * OSCE/ODIHR category each maps to (the mapping is data, in {@code insights_bias_mapping}).
 */
@Service
public class BiasMapping {

    /** The column names of the mapping file: codes for the tools that read it, the same in every language. */
    public static final List<String> HEADINGS = List.of(
            "strand",
            "religion_category",
            "nibrs_bias_code",
            "nibrs_group",
            "nibrs_bias",
            "osce_odihr_category",
            "note",
            "recorded_offences");

    private final JdbcClient jdbc;

    BiasMapping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Mapping(
            String strand,
            String religion,
            String nibrsCode,
            String nibrsGroup,
            String nibrsName,
            String osce,
            String note,
            long offences) {

        public List<Object> cells() {
            return new ArrayList<>(
                    Arrays.asList(strand, religion, nibrsCode, nibrsGroup, nibrsName, osce, note, offences));
        }
    }

    /** The financial year starting in April of {@code year}, for the unit and every unit below it. */
    public List<Mapping> forYear(Unit unit, int year) {
        return jdbc.sql("""
                WITH counted AS (
                    SELECT s.strand, CASE WHEN s.strand = 'RELIGION' THEN r.religion END AS religion, count(*) AS n
                    FROM insights_case_fact f
                    JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                    CROSS JOIN LATERAL unnest(f.strands) AS s(strand)
                    LEFT JOIN LATERAL unnest(CASE WHEN s.strand = 'RELIGION' AND cardinality(f.religions) > 0 THEN f.religions
                                                  ELSE ARRAY[NULL]::text[] END) AS r(religion) ON TRUE
                    WHERE f.classification = 'CRIME' AND f.month BETWEEN ? AND ?
                    GROUP BY 1, 2)
                SELECT m.strand_code, m.religion_category, m.nibrs_code, m.nibrs_group, m.nibrs_name, m.osce_category, m.note,
                       coalesce(c.n, 0) AS n
                FROM insights_bias_mapping m
                JOIN casework_strand_v st ON st.code = m.strand_code
                LEFT JOIN casework_religion_category_v rc ON rc.code = m.religion_category
                LEFT JOIN counted c ON c.strand = m.strand_code AND c.religion IS NOT DISTINCT FROM m.religion_category
                ORDER BY st.sort_order, rc.sort_order NULLS LAST""")
                .params(
                        unit.id(),
                        Date.valueOf(YearMonth.of(year, 4).atDay(1)),
                        Date.valueOf(YearMonth.of(year + 1, 3).atDay(1)))
                .query((rs, i) -> new Mapping(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8)))
                .list();
    }
}
