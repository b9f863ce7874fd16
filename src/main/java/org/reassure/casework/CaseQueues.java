package org.reassure.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work waiting in a person's units: new reports to triage, decisions to review, and who carries what. */
@Service
public class CaseQueues {

    public record ReviewItem(CaseSummary summary, Classification classification, String offenceName, String recordedBy,
            Instant recordedAt) {
    }

    public record WorkloadRow(String unitName, String officerName, long allocated, long underInvestigation, long awaitingReview) {
        public long open() {
            return allocated + underInvestigation;
        }
    }

    private final JdbcClient jdbc;
    private final Units units;

    CaseQueues(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** New reports, oldest first: each should have had first contact within 24 hours of arriving. */
    @Transactional(readOnly = true)
    public List<CaseSummary> triage(StaffPrincipal person) {
        Cases.requireCaseRole(person);
        return jdbc.sql(Cases.SUMMARY + " WHERE c.unit_id = ANY(?) AND c.status = 'REPORTED' ORDER BY c.received_at LIMIT 500")
                .param(scope(person)).query(Cases::summary).list();
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> awaitingReview(StaffPrincipal person) {
        Cases.requireCaseRole(person);
        return jdbc.sql("""
                SELECT q.*, c.classification, f.name AS offence_name, c.recorded_by, c.recorded_at
                FROM (""" + Cases.SUMMARY + """
                      WHERE c.unit_id = ANY(?) AND c.review_status = 'PENDING') q
                JOIN hate_case c ON c.reference = q.reference LEFT JOIN offence f ON f.code = c.offence_code
                ORDER BY c.recorded_at LIMIT 500""")
                .param(scope(person))
                .query((rs, n) -> new ReviewItem(Cases.summary(rs, n), Classification.valueOf(rs.getString("classification")),
                        rs.getString("offence_name"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Open cases per officer, team by team. */
    @Transactional(readOnly = true)
    public List<WorkloadRow> workload(StaffPrincipal person) {
        Cases.requireCaseRole(person);
        return jdbc.sql("""
                SELECT u.name AS unit_name, o.display_name AS officer_name,
                       count(*) FILTER (WHERE c.status = 'ALLOCATED') AS allocated,
                       count(*) FILTER (WHERE c.status = 'UNDER_INVESTIGATION') AS under_investigation,
                       count(*) FILTER (WHERE c.review_status = 'PENDING') AS awaiting_review
                FROM hate_case c JOIN unit u ON u.id = c.unit_id JOIN staff_user o ON o.id = c.officer_id
                WHERE c.unit_id = ANY(?) AND c.status IN ('ALLOCATED', 'UNDER_INVESTIGATION')
                GROUP BY u.name, o.display_name ORDER BY u.name, o.display_name""")
                .param(scope(person))
                .query((rs, n) -> new WorkloadRow(rs.getString("unit_name"), rs.getString("officer_name"), rs.getLong("allocated"),
                        rs.getLong("under_investigation"), rs.getLong("awaiting_review")))
                .list();
    }

    private Long[] scope(StaffPrincipal person) {
        Set<Long> visible = units.visibleTo(person);
        return visible.toArray(Long[]::new);
    }
}
