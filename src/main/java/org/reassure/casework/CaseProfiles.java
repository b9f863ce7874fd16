package org.reassure.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The non-personal profile of cases, for the system's own evaluation work (trials): no access check, so never
 * for a person's request without the caller's own check and audit.
 */
@Service
public class CaseProfiles {

    private static final String COLUMNS = """
            SELECT c.reference, c.received_at, c.recorded_at, u.code AS unit_code, c.channel, c.classification,
                   c.withdrawn_at, c.outcome_code, c.finalised_at,
                   ARRAY(SELECT s.strand_code FROM case_strand s WHERE s.case_id = c.id ORDER BY s.strand_code) AS strands,
                   EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.flag = 'REPEAT_VICTIM') AS repeat_victim
            FROM hate_case c JOIN identity_unit_v u ON u.id = c.unit_id
            """;

    private final JdbcClient jdbc;

    CaseProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CaseProfile> of(String reference) {
        return jdbc.sql(COLUMNS + " WHERE c.reference = ?")
                .param(reference.trim().toUpperCase())
                .query(CaseProfiles::profile)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<CaseProfile> of(Collection<String> references) {
        return jdbc.sql(COLUMNS + " WHERE c.reference = ANY(?) ORDER BY c.received_at, c.reference")
                .param(references.toArray(String[]::new))
                .query(CaseProfiles::profile)
                .list();
    }

    private static CaseProfile profile(ResultSet rs, int row) throws SQLException {
        String classification = rs.getString("classification");
        int outcome = rs.getInt("outcome_code");
        Integer outcomeCode = rs.wasNull() ? null : outcome;
        return new CaseProfile(
                rs.getString("reference"),
                instant(rs.getTimestamp("received_at")),
                instant(rs.getTimestamp("recorded_at")),
                rs.getString("unit_code"),
                Channel.valueOf(rs.getString("channel")),
                classification == null ? null : Classification.valueOf(classification),
                List.of((String[]) rs.getArray("strands").getArray()),
                rs.getBoolean("repeat_victim"),
                instant(rs.getTimestamp("withdrawn_at")),
                outcomeCode,
                instant(rs.getTimestamp("finalised_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
