package org.reassure.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.InvalidInput;
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

    static final String SUMMARY = """
            SELECT c.reference, c.status, c.received_at, c.unit_id, c.channel, c.anonymous, c.restricted,
                   ARRAY(SELECT s.strand_code FROM case_strand s JOIN strand st ON st.code = s.strand_code
                         WHERE s.case_id = c.id ORDER BY st.sort_order) AS strands
            FROM hate_case c
            """;

    private final JdbcClient jdbc;
    private final Units units;
    private final StaffAccounts accounts;
    private final org.springframework.beans.factory.ObjectProvider<CaseAccessGrants> grants;

    Cases(
            JdbcClient jdbc,
            Units units,
            StaffAccounts accounts,
            org.springframework.beans.factory.ObjectProvider<CaseAccessGrants> grants) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.grants = grants;
    }

    /** Whether the case's unit is one of the person's, or another module granted them this one case. */
    private boolean mayOpen(StaffPrincipal person, long unitId, String reference) {
        return units.visibleTo(person).contains(unitId)
                || grants.stream().anyMatch(grant -> grant.grants(person, normalise(reference)));
    }

    @Transactional(readOnly = true)
    public CasePage visibleTo(StaffPrincipal person, CaseFilter filter, int page) {
        return visibleTo(person, filter, page, PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public CasePage visibleTo(StaffPrincipal person, CaseFilter filter, int page, int pageSize) {
        requireCaseRole(person);
        Long[] unitIds = scope(person, filter.unitCode());
        String strand = filter.strand() == null || filter.strand().isBlank()
                ? null
                : filter.strand().trim().toUpperCase();
        String status = filter.status() == null ? null : filter.status().name();
        int safePage = Math.max(1, page);
        String where = """
                WHERE c.unit_id = ANY(?) AND (CAST(? AS TEXT) IS NULL OR c.status = ?)
                  AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM case_strand s WHERE s.case_id = c.id AND s.strand_code = ?))
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR c.received_at >= ?) AND (CAST(? AS TIMESTAMPTZ) IS NULL OR c.received_at < ?)
                  AND (CAST(? AS TEXT) IS NULL OR c.reference LIKE ? || '%'
                       OR EXISTS (SELECT 1 FROM person p WHERE p.case_id = c.id
                                  AND (p.name_key % ? OR p.name_key LIKE '%' || ? || '%' OR p.postcode = ?
                                       OR p.address_key LIKE '%' || ? || '%'))
                       OR c.officer_id = ANY(?))
                """;
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        String nameKey = text == null ? null : People.nameKey(text);
        String addressKey = text == null ? null : People.addressKey(text);
        String postcode = text == null ? null : text.toUpperCase().replaceAll("\\s+", "");
        java.sql.Timestamp from = filter.from() == null
                ? null
                : java.sql.Timestamp.from(filter.from()
                        .atStartOfDay(org.reassure.platform.Formats.UK)
                        .toInstant());
        java.sql.Timestamp to = filter.to() == null
                ? null
                : java.sql.Timestamp.from(filter.to()
                        .plusDays(1)
                        .atStartOfDay(org.reassure.platform.Formats.UK)
                        .toInstant());
        Long[] officers = text == null
                ? new Long[0]
                : accounts.all().stream()
                        .filter(account -> account.displayName().toLowerCase().contains(text.toLowerCase()))
                        .map(org.reassure.identity.StaffAccount::id)
                        .toArray(Long[]::new);
        Object[] params = {
            unitIds,
            status,
            status,
            strand,
            strand,
            from,
            from,
            to,
            to,
            text,
            text == null ? null : text.toUpperCase(),
            nameKey,
            nameKey,
            postcode,
            addressKey,
            officers
        };
        long total = jdbc.sql("SELECT count(*) FROM hate_case c " + where)
                .params(params)
                .query(Long.class)
                .single();
        Object[] paged = java.util.Arrays.copyOf(params, params.length + 2);
        paged[params.length] = pageSize;
        paged[params.length + 1] = (long) (safePage - 1) * pageSize;
        List<CaseSummary> list = jdbc.sql(
                        SUMMARY + where + " ORDER BY c.received_at DESC, c.reference LIMIT ? OFFSET ?")
                .params(paged)
                .query(summaries())
                .list();
        return new CasePage(list, safePage, pageSize, total);
    }

    /**
     * One case in full. A case outside the person's units is refused (403); an unknown reference is not
     * found (404); a restricted case without a justification asks for one.
     */
    @Transactional(readOnly = true)
    public CaseDetail view(StaffPrincipal person, String reference, String justification) {
        requireCaseRole(person);
        CaseRow row = jdbc.sql("SELECT id, unit_id, restricted FROM hate_case WHERE reference = ?")
                .param(normalise(reference))
                .query((rs, n) -> new CaseRow(
                        rs.getObject("id", java.util.UUID.class), rs.getLong("unit_id"), rs.getBoolean("restricted")))
                .optional()
                .orElseThrow(() -> new NotFound("There is no case with the reference " + normalise(reference) + "."));
        if (!mayOpen(person, row.unitId(), reference)) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
        if (row.restricted() && (justification == null || justification.isBlank())) {
            throw new JustificationRequired("This case is restricted. Give your reason for looking at it"
                    + " (on the API, in the X-Justification header).");
        }
        return jdbc.sql("""
                SELECT c.*, f.name AS offence_name, f.aggravated, f.s66_uplift, ot.name AS outcome_name
                FROM hate_case c LEFT JOIN offence f ON f.code = c.offence_code LEFT JOIN outcome_type ot ON ot.code = c.outcome_code
                WHERE c.id = ?""").param(row.id()).query((rs, n) -> detail(rs, row)).single();
    }

    private CaseDetail detail(ResultSet rs, CaseRow row) throws SQLException {
        List<CaseDetail.Strand> strands = jdbc.sql("""
                SELECT st.code, st.name FROM case_strand s JOIN strand st ON st.code = s.strand_code
                WHERE s.case_id = ? ORDER BY st.sort_order""")
                .param(row.id())
                .query((r, n) -> new CaseDetail.Strand(r.getString(1), r.getString(2)))
                .list();
        List<CaseDetail.HistoryEntry> history = jdbc.sql("""
                SELECT at, actor, from_status, to_status, what, reason FROM case_history WHERE case_id = ? ORDER BY at, id""")
                .param(row.id())
                .query((r, n) -> new CaseDetail.HistoryEntry(
                        r.getTimestamp("at").toInstant(),
                        r.getString("actor"),
                        status(r.getString("from_status")),
                        status(r.getString("to_status")),
                        r.getString("what"),
                        r.getString("reason")))
                .list();
        List<String> religions =
                jdbc.sql("""
                SELECT rc.name FROM case_religion r JOIN religion_category rc ON rc.code = r.category
                WHERE r.case_id = ? ORDER BY rc.sort_order""").param(row.id()).query(String.class).list();
        List<CaseFlag> flags = jdbc.sql("SELECT flag FROM case_flag WHERE case_id = ? ORDER BY flag")
                .param(row.id())
                .query((r, n) -> CaseFlag.valueOf(r.getString(1)))
                .list();
        List<CaseDetail.Decision> decisions = jdbc.sql("""
                SELECT type, decided_at, recorded_by, note FROM case_decision WHERE case_id = ? ORDER BY decided_at, id""")
                .param(row.id())
                .query((r, n) -> new CaseDetail.Decision(
                        DecisionType.valueOf(r.getString("type")),
                        r.getTimestamp("decided_at").toInstant(),
                        r.getString("recorded_by"),
                        r.getString("note")))
                .list();
        String classification = rs.getString("classification");
        CaseDetail.Recording recording = classification == null
                ? null
                : new CaseDetail.Recording(
                        Classification.valueOf(classification),
                        rs.getString("offence_code"),
                        rs.getString("offence_name"),
                        rs.getBoolean("aggravated"),
                        rs.getBoolean("s66_uplift"),
                        rs.getString("recording_reason"),
                        rs.getString("recorded_by"),
                        instant(rs.getTimestamp("recorded_at")),
                        rs.getString("review_status") == null
                                ? null
                                : ReviewStatus.valueOf(rs.getString("review_status")),
                        rs.getString("review_comment"),
                        rs.getString("reviewed_by"),
                        bool(rs, "nchi_keep_subject_data"),
                        rs.getString("nchi_subject_data_reason"),
                        bool(rs, "nchi_notify_subject"),
                        rs.getString("nchi_no_notification_reason"));
        int outcome = rs.getInt("outcome_code");
        Integer outcomeCode = rs.wasNull() ? null : outcome;
        return new CaseDetail(
                rs.getString("reference"),
                CaseStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("anonymous"),
                rs.getTimestamp("received_at").toInstant(),
                instant(rs.getTimestamp("occurred_at")),
                units.findById(row.unitId()).map(Unit::code).orElse(""),
                units.pathOf(row.unitId()),
                officerName(rs),
                rs.getBoolean("restricted"),
                rs.getBoolean("online"),
                strands,
                religions,
                rs.getString("perceived_by"),
                rs.getString("account"),
                rs.getString("hostility_reason"),
                recording,
                flags,
                decisions,
                instant(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawal_reason"),
                outcomeCode,
                rs.getString("outcome_name"),
                history);
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    /** The summary line of one case the person may see (no account text), for the decision forms. */
    @Transactional(readOnly = true)
    public CaseSummary header(StaffPrincipal person, String reference) {
        requireCaseRole(person);
        requireVisible(person, reference);
        return jdbc.sql(SUMMARY + " WHERE c.reference = ?")
                .param(normalise(reference))
                .query(summaries())
                .single();
    }

    /** Refuses a case the person's units do not include (403) or that does not exist (404). */
    @Transactional(readOnly = true)
    public void requireVisible(StaffPrincipal person, String reference) {
        long unitId = jdbc.sql("SELECT unit_id FROM hate_case WHERE reference = ?")
                .param(normalise(reference))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("There is no case with the reference " + normalise(reference) + "."));
        if (!mayOpen(person, unitId, reference)) {
            throw new AccessDeniedException("This case belongs to a unit you do not work in.");
        }
    }

    public Classification classificationOf(String reference) {
        return jdbc.sql("SELECT classification FROM hate_case WHERE reference = ?")
                .param(normalise(reference))
                .query(String.class)
                .optional()
                .map(Classification::valueOf)
                .orElse(null);
    }

    private static final String FACTS = """
            SELECT c.reference, c.received_at, c.unit_id, c.officer_id, c.status FROM hate_case c
            """;

    /** The facts of a case for the system's own follow-up work (no access check: never for a person's request). */
    @Transactional(readOnly = true)
    public java.util.Optional<CaseFacts> facts(String reference) {
        return jdbc.sql(FACTS + " WHERE c.reference = ?")
                .param(normalise(reference))
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
        java.util.Map<Long, String> usernames = new java.util.HashMap<>();
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
    public List<DailyCount> dailyCounts(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT (c.received_at AT TIME ZONE 'Europe/London')::date AS day, c.unit_id, s.strand_code, count(*) AS cases
                FROM hate_case c JOIN case_strand s ON s.case_id = c.id
                WHERE c.received_at >= ? AND c.received_at < ? AND (c.classification IS NULL OR c.classification = 'CRIME')
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .params(
                        java.sql.Timestamp.from(from.atStartOfDay(org.reassure.platform.Formats.UK)
                                .toInstant()),
                        java.sql.Timestamp.from(to.plusDays(1)
                                .atStartOfDay(org.reassure.platform.Formats.UK)
                                .toInstant()))
                .query((rs, n) -> new DailyCount(
                        rs.getDate("day").toLocalDate(),
                        rs.getLong("unit_id"),
                        rs.getString("strand_code"),
                        rs.getInt("cases")))
                .list();
    }

    /** The UK date of the first case ever received, if any: where a force's own history begins. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.LocalDate> firstReceivedOn() {
        return jdbc.sql(
                        "SELECT (received_at AT TIME ZONE 'Europe/London')::date FROM hate_case ORDER BY received_at LIMIT 1")
                .query(java.sql.Date.class)
                .optional()
                .map(java.sql.Date::toLocalDate);
    }

    public CaseStatus statusOf(String reference) {
        return jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                .param(normalise(reference))
                .query(String.class)
                .optional()
                .map(CaseStatus::valueOf)
                .orElseThrow(() -> new NotFound("There is no case with the reference " + normalise(reference) + "."));
    }

    /** The units a list covers: all the person may see, or one of them (with those below it). */
    private Long[] scope(StaffPrincipal person, String unitCode) {
        Set<Long> visible = units.visibleTo(person);
        if (unitCode == null || unitCode.isBlank()) {
            return visible.toArray(Long[]::new);
        }
        var unit = units.findByCode(unitCode)
                .orElseThrow(() -> new InvalidInput(
                        "unit",
                        "There is no unit with the code " + unitCode.trim().toUpperCase()));
        if (!visible.contains(unit.id())) {
            throw new AccessDeniedException("You do not work in unit " + unit.code());
        }
        return units.subtree(unit.id()).toArray(Long[]::new);
    }

    static void requireCaseRole(StaffPrincipal person) {
        if (person.roles().stream().noneMatch(CASE_ROLES::contains)) {
            throw new AccessDeniedException("Your role does not work on cases.");
        }
    }

    static String normalise(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase();
    }

    private static CaseStatus status(String value) {
        return value == null ? null : CaseStatus.valueOf(value);
    }

    /** Maps {@link #SUMMARY} rows, naming units through the identity module rather than reading its tables. */
    org.springframework.jdbc.core.RowMapper<CaseSummary> summaries() {
        java.util.Map<Long, Unit> byId = new java.util.HashMap<>();
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

    private String officerName(ResultSet rs) throws SQLException {
        long officer = rs.getLong("officer_id");
        return rs.wasNull() ? null : accounts.get(officer).displayName();
    }

    private record CaseRow(java.util.UUID id, long unitId, boolean restricted) {}
}
