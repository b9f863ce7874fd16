package org.reassure.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.internal.CaseDetails;
import org.reassure.casework.internal.CaseRules;
import org.reassure.casework.internal.CaseSearch;
import org.reassure.casework.internal.CaseSummaries;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Units;
import org.reassure.platform.Formats;
import org.reassure.platform.JustificationRequired;
import org.reassure.platform.NotFound;

/**
 * Reading cases, with the access rules applied before anything is returned: only roles that work on
 * cases, only cases of the person's unit and the units below it, and a reason for looking at a
 * restricted case.
 */
@Service
public class Cases {

    /** Roles that work on cases. Partners get their own narrower views; administrators manage the service, not cases. */
    public static final Set<Role> CASE_ROLES = EnumSet.of(
            Role.CALL_HANDLER,
            Role.INVESTIGATOR,
            Role.SUPPORT_OFFICER,
            Role.NEIGHBOURHOOD_OFFICER,
            Role.SUPERVISOR,
            Role.ANALYST);

    static final int PAGE_SIZE = 50;

    private static final String FACTS = """
            SELECT c.reference, c.received_at, c.unit_id, c.officer_id, c.status FROM hate_case c
            """;

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final ObjectProvider<CaseAccessGrants> grants;
    private final CaseSearch search;
    private final CaseDetails details;
    private final CaseSummaries summaries;

    Cases(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            ObjectProvider<CaseAccessGrants> grants,
            CaseSearch search,
            CaseDetails details,
            CaseSummaries summaries) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.grants = grants;
        this.search = search;
        this.details = details;
        this.summaries = summaries;
    }

    /** Whether the case's unit is one of the person's, or another module granted them this one case. */
    private boolean mayOpen(StaffPrincipal person, long unitId, String reference) {
        return units.visibleTo(person).contains(unitId)
                || grants.stream().anyMatch(grant -> grant.grants(person, CaseRules.normalise(reference)));
    }

    @Transactional(readOnly = true)
    public CasePage visibleTo(StaffPrincipal person, CaseFilter filter, int page) {
        return visibleTo(person, filter, page, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public CasePage visibleTo(StaffPrincipal person, CaseFilter filter, int page, int pageSize) {
        CaseRules.requireCaseRole(person);
        return search.search(person, filter, page, pageSize);
    }

    /**
     * One case in full. A case outside the person's units is refused (403); an unknown reference is not
     * found (404); a restricted case without a justification asks for one.
     */
    @Transactional(readOnly = true)
    public CaseDetail view(StaffPrincipal person, String reference, String justification) {
        CaseRules.requireCaseRole(person);
        String clean = CaseRules.normalise(reference);
        CaseRow row = jdbc.sql("SELECT id, unit_id, restricted FROM hate_case WHERE reference = ?")
                .param(clean)
                .query((rs, n) ->
                        new CaseRow(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getBoolean("restricted")))
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchCase", clean));
        if (!mayOpen(person, row.unitId(), reference)) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
        if (row.restricted() && (justification == null || justification.isBlank())) {
            throw new JustificationRequired("casework.problem.justificationRequired");
        }
        return details.read(row.id());
    }

    /** The summary line of one case the person may see (no account text), for the decision forms. */
    @Transactional(readOnly = true)
    public CaseSummary header(StaffPrincipal person, String reference) {
        CaseRules.requireCaseRole(person);
        requireVisible(person, reference);
        return jdbc.sql(CaseSummaries.SELECT + " WHERE c.reference = ?")
                .param(CaseRules.normalise(reference))
                .query(summaries.mapper())
                .single();
    }

    /** Refuses a case the person's units do not include (403) or that does not exist (404). */
    @Transactional(readOnly = true)
    public void requireVisible(StaffPrincipal person, String reference) {
        String clean = CaseRules.normalise(reference);
        long unitId = jdbc.sql("SELECT unit_id FROM hate_case WHERE reference = ?")
                .param(clean)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("casework.problem.noSuchCase", clean));
        if (!mayOpen(person, unitId, reference)) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
    }

    public Classification classificationOf(String reference) {
        return jdbc.sql("SELECT classification FROM hate_case WHERE reference = ?")
                .param(CaseRules.normalise(reference))
                .query(String.class)
                .optional()
                .map(Classification::valueOf)
                .orElse(null);
    }

    /** The facts of a case for the system's own follow-up work (no access check: never for a person's request). */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> facts(String reference) {
        return jdbc.sql(FACTS + " WHERE c.reference = ?")
                .param(CaseRules.normalise(reference))
                .query((rs, row) -> facts(rs, row))
                .optional();
    }

    /** The references of the open cases allocated to this officer (their own work: no wider access is given). */
    @Transactional(readOnly = true)
    public List<String> openAllocatedTo(StaffPrincipal officer) {
        return accounts.findByUsername(officer.getUsername())
                .map(account -> jdbc.sql(
                                "SELECT reference FROM hate_case WHERE officer_id = ? AND status <> 'CLOSED' ORDER BY received_at")
                        .param(account.id())
                        .query(String.class)
                        .list())
                .orElse(List.of());
    }

    /** The facts of every case, oldest first, for the system's own work such as demo data (no access check). */
    @Transactional(readOnly = true)
    public List<CaseFacts> allFacts() {
        Map<Long, String> usernames = new HashMap<>();
        accounts.all().forEach(account -> usernames.put(account.id(), account.username()));
        return jdbc.sql(FACTS + " ORDER BY c.received_at, c.reference")
                .query((rs, row) -> facts(rs, usernames.get(rs.getLong("officer_id"))))
                .list();
    }

    private CaseFacts facts(ResultSet rs, int row) throws SQLException {
        long officer = rs.getLong("officer_id");
        return facts(rs, rs.wasNull() ? null : accounts.get(officer).username());
    }

    private static CaseFacts facts(ResultSet rs, String officerUsername) throws SQLException {
        return new CaseFacts(
                rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getLong("unit_id"),
                officerUsername,
                CaseStatus.valueOf(rs.getString("status")));
    }

    /**
     * Cases received each day from {@code from} to {@code to} inclusive (UK dates), by unit and strand, for
     * the system's own statistics (no access check, no personal data). A case counts under each of its
     * strands. It counts while it awaits a recording decision and once recorded as a crime; a non-crime
     * hate incident and a report recorded as needing no record do not count.
     */
    @Transactional(readOnly = true)
    public List<DailyCount> dailyCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT (c.received_at AT TIME ZONE 'Europe/London')::date AS day, c.unit_id, s.strand_code, count(*) AS cases
                FROM hate_case c JOIN case_strand s ON s.case_id = c.id
                WHERE c.received_at >= ? AND c.received_at < ? AND (c.classification IS NULL OR c.classification = 'CRIME')
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .params(
                        Timestamp.from(from.atStartOfDay(Formats.UK).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(Formats.UK).toInstant()))
                .query((rs, n) -> new DailyCount(
                        rs.getDate("day").toLocalDate(),
                        rs.getLong("unit_id"),
                        rs.getString("strand_code"),
                        rs.getInt("cases")))
                .list();
    }

    /** The UK date of the first case ever received, if any: where a force's own history begins. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstReceivedOn() {
        return jdbc.sql(
                        "SELECT (received_at AT TIME ZONE 'Europe/London')::date FROM hate_case ORDER BY received_at LIMIT 1")
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate);
    }

    public CaseStatus statusOf(String reference) {
        String clean = CaseRules.normalise(reference);
        return jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                .param(clean)
                .query(String.class)
                .optional()
                .map(CaseStatus::valueOf)
                .orElseThrow(() -> new NotFound("casework.problem.noSuchCase", clean));
    }

    private record CaseRow(UUID id, long unitId, boolean restricted) {}
}
