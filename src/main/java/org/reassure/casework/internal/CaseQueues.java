package org.reassure.casework.internal;

import java.sql.Timestamp;
import java.time.Duration;
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

    /**
     * A new report with its first clock as victim care runs it ({@code care_first_contact_v}): a first contact, or a
     * first reply in the message thread when the reporter left no way to contact them. {@code clockKind},
     * {@code clockStatus} and {@code dueAt} are null while the clock has not started yet (for a moment after the
     * report arrives).
     */
    public record TriageItem(CaseSummary summary, String clockKind, String clockStatus, Instant dueAt) {

        /** Reminders come this long before a clock is due; the queue marks such reports as due soon. */
        static final Duration DUE_SOON = Duration.ofHours(4);

        public boolean running() {
            return "OPEN".equals(clockStatus) || "OVERDUE".equals(clockStatus);
        }

        public boolean overdue(Instant now) {
            return running() && !dueAt.isAfter(now);
        }

        public boolean dueSoon(Instant now) {
            return running() && dueAt.isAfter(now) && dueAt.isBefore(now.plus(DUE_SOON));
        }

        public boolean firstReply() {
            return "FIRST_REPLY".equals(clockKind);
        }
    }

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

    /**
     * New reports, the soonest due first: each reporter should hear from us within 24 hours of reporting. Reports
     * whose first clock is done come last; one whose clock has not started yet counts 24 hours from its arrival.
     */
    @Transactional(readOnly = true)
    public List<TriageItem> triage(StaffPrincipal person) {
        CaseRules.requireCaseRole(person);
        var mapper = summaries.mapper();
        return jdbc.sql("""
                SELECT q.*, fc.kind AS clock_kind, fc.status AS clock_status, fc.due_at AS clock_due_at
                FROM (""" + CaseSummaries.SELECT + """
                      WHERE c.unit_id = ANY(?) AND c.status = 'REPORTED') q
                LEFT JOIN care_first_contact_v fc ON fc.case_reference = q.reference
                ORDER BY coalesce(fc.status IN ('DONE', 'CLOSED'), FALSE),
                         coalesce(fc.due_at, q.received_at + INTERVAL '24 hours'), q.received_at
                LIMIT 500""")
                .param(scope(person))
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("clock_due_at");
                    return new TriageItem(
                            mapper.mapRow(rs, n),
                            rs.getString("clock_kind"),
                            rs.getString("clock_status"),
                            due == null ? null : due.toInstant());
                })
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
