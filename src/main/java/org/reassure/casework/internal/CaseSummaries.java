package org.reassure.casework.internal;

import java.sql.Array;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import org.reassure.casework.CaseStatus;
import org.reassure.casework.CaseSummary;
import org.reassure.casework.Channel;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;

/** The summary line of a case, as lists and queues show it. */
@Component
public class CaseSummaries {

    /** The columns {@link #mapper()} reads; a query adds its own {@code WHERE} and order. */
    public static final String SELECT = """
            SELECT c.reference, c.status, c.received_at, c.unit_id, c.channel, c.anonymous, c.restricted,
                   ARRAY(SELECT s.strand_code FROM case_strand s JOIN strand st ON st.code = s.strand_code
                         WHERE s.case_id = c.id ORDER BY st.sort_order) AS strands
            FROM hate_case c
            """;

    private final Units units;

    CaseSummaries(Units units) {
        this.units = units;
    }

    /** Maps {@link #SELECT} rows, naming units through the identity module rather than reading its tables. */
    public RowMapper<CaseSummary> mapper() {
        Map<Long, Unit> byId = new HashMap<>();
        units.all().forEach(unit -> byId.put(unit.id(), unit));
        return (rs, row) -> {
            Array strands = rs.getArray("strands");
            Unit unit = byId.get(rs.getLong("unit_id"));
            return new CaseSummary(
                    rs.getString("reference"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getTimestamp("received_at").toInstant(),
                    unit == null ? "" : unit.code(),
                    unit == null ? "" : unit.name(),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getBoolean("anonymous"),
                    rs.getBoolean("restricted"),
                    Arrays.asList((String[]) strands.getArray()));
        };
    }
}
