package org.reassure.casework.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.CaseSummary;
import org.reassure.casework.Classification;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;

/** The work waiting in a person's units: new reports to triage, decisions to review, and who carries what. */
@Service
public class CaseQueues {

    public record ReviewItem(
            CaseSummary summary,
            Classification classification,
            String offenceName,
            String recordedBy,
            Instant recordedAt) {}

    public record WorkloadRow(
            String unitName, String officerName, long allocated, long underInvestigation, long awaitingReview) {
        public long open() {
            return allocated + underInvestigation;
        }
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final CaseSummaries summaries;
    private final StaffAccounts accounts;

    CaseQueues(JdbcClient jdbc, Units units, CaseSummaries summaries, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.units = units;
        this.summaries = summaries;
        this.accounts = accounts;
    }

    /** New reports, oldest first: each should have had first contact within 24 hours of arriving. */
    @Transactional(readOnly = true)
    public List<CaseSummary> triage(StaffPrincipal person) {
        CaseRules.requireCaseRole(person);
        return jdbc.sql(CaseSummaries.SELECT
                        + " WHERE c.unit_id = ANY(?) AND c.status = 'REPORTED' ORDER BY c.received_at LIMIT 500")
                .param(scope(person))
                .query(summaries.mapper())
                .list();
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> awaitingReview(StaffPrincipal person) {
        CaseRules.requireCaseRole(person);
        var mapper = summaries.mapper();
        return jdbc.sql("""
                SELECT q.*, c.classification, f.name AS offence_name, c.recorded_by, c.recorded_at
                FROM (""" + CaseSummaries.SELECT + """
                      WHERE c.unit_id = ANY(?) AND c.review_status = 'PENDING') q
                JOIN hate_case c ON c.reference = q.reference LEFT JOIN offence f ON f.code = c.offence_code
                ORDER BY c.recorded_at LIMIT 500""")
                .param(scope(person))
                .query((rs, n) -> new ReviewItem(
                        mapper.mapRow(rs, n),
                        Classification.valueOf(rs.getString("classification")),
                        rs.getString("offence_name"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Open cases per officer, team by team. */
    @Transactional(readOnly = true)
    public List<WorkloadRow> workload(StaffPrincipal person) {
        CaseRules.requireCaseRole(person);
        Map<Long, String> unitNames = new HashMap<>();
        units.all().forEach(unit -> unitNames.put(unit.id(), unit.name()));
        Map<Long, String> officerNames = new HashMap<>();
        accounts.all().forEach(account -> officerNames.put(account.id(), account.displayName()));
        return jdbc
                .sql("""
                SELECT c.unit_id, c.officer_id,
                       count(*) FILTER (WHERE c.status = 'ALLOCATED') AS allocated,
                       count(*) FILTER (WHERE c.status = 'UNDER_INVESTIGATION') AS under_investigation,
                       count(*) FILTER (WHERE c.review_status = 'PENDING') AS awaiting_review
                FROM hate_case c
                WHERE c.unit_id = ANY(?) AND c.officer_id IS NOT NULL AND c.status IN ('ALLOCATED', 'UNDER_INVESTIGATION')
                GROUP BY c.unit_id, c.officer_id""")
                .param(scope(person))
                .query((rs, n) -> new WorkloadRow(
                        unitNames.getOrDefault(rs.getLong("unit_id"), ""),
                        officerNames.getOrDefault(rs.getLong("officer_id"), ""),
                        rs.getLong("allocated"),
                        rs.getLong("under_investigation"),
                        rs.getLong("awaiting_review")))
                .list()
                .stream()
                .sorted(Comparator.comparing(WorkloadRow::unitName).thenComparing(WorkloadRow::officerName))
                .toList();
    }

    private Long[] scope(StaffPrincipal person) {
        Set<Long> visible = units.visibleTo(person);
        return visible.toArray(Long[]::new);
    }
}
