package org.reassure.spikes;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.casework.Strands;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;
import org.reassure.identity.Units;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.NotFound;

/**
 * Spike alerts as people see them. Analysts see every area of their force; supervisors and neighbourhood
 * officers see the alerts of the area they work in: their borough (from any team below it), or the areas
 * below their unit. Only analysts acknowledge an alert or ask for a check now.
 */
@Service
public class SpikeAlerts {

    /** Roles that see spike alerts. */
    public static final Set<Role> ROLES = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.NEIGHBOURHOOD_OFFICER);

    static final int CHART_DAYS_BEFORE = 28;
    static final int CHART_MAX_DAYS = 91;

    public record Alert(
            long id,
            String strand,
            String strandName,
            String areaCode,
            String areaName,
            boolean forceWide,
            LocalDate startedOn,
            LocalDate raisedOn,
            LocalDate lastFlaggedOn,
            LocalDate endedOn,
            int windowDays,
            int observed,
            double expected,
            int threshold,
            String acknowledgedBy,
            Instant acknowledgedAt,
            String acknowledgementNote) {

        public boolean ongoing() {
            return endedOn == null;
        }

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        /** The expected level to one decimal place, as people read it. */
        public String expectedText() {
            return SpikeChart.oneDecimal(expected);
        }
    }

    /** One day of a series: observed, expected and the threshold (null when there was not enough history). */
    public record Day(
            LocalDate day,
            int observed,
            Double expected,
            Integer threshold,
            int observedWeek,
            Double expectedWeek,
            Integer thresholdWeek,
            boolean flagged) {

        public String expectedText() {
            return expected == null ? "" : SpikeChart.oneDecimal(expected);
        }

        public String expectedWeekText() {
            return expectedWeek == null ? "" : SpikeChart.oneDecimal(expectedWeek);
        }

        /** Whether the day was flagged, and by which test. */
        public String flaggedText() {
            if (!flagged) {
                return "No";
            }
            return threshold != null && observed >= threshold ? "Yes, the day" : "Yes, the 7 days";
        }
    }

    public record AlertView(Alert alert, List<Day> days, SpikeChart chart) {}

    public record StrandLevel(String strand, String strandName, Day day) {}

    /** The latest check of every strand in one area. {@code checkedOn} is null when no check has run yet. */
    public record AreaLevels(Unit area, LocalDate checkedOn, boolean partial, List<StrandLevel> strands) {}

    private final JdbcClient jdbc;
    private final Units units;
    private final Strands strands;
    private final SpikeChecks checks;
    private final Clock clock;

    SpikeAlerts(JdbcClient jdbc, Units units, Strands strands, SpikeChecks checks, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.strands = strands;
        this.checks = checks;
        this.clock = clock;
    }

    /** The alerts this person may see: ongoing first, then the newest. */
    @Transactional(readOnly = true)
    public List<Alert> visibleTo(StaffPrincipal person) {
        List<Unit> areas = areasVisibleTo(person);
        if (areas.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> byId = new HashMap<>();
        areas.forEach(area -> byId.put(area.id(), area));
        Map<String, String> names = strandNames();
        return jdbc.sql(
                        SELECT
                                + " WHERE area_unit_id = ANY(?) ORDER BY ended_on IS NOT NULL, last_flagged_on DESC, id DESC LIMIT 200")
                .param(byId.keySet().toArray(Long[]::new))
                .query((rs, n) -> map(rs, byId.get(rs.getLong("area_unit_id")), names))
                .list();
    }

    /** One alert with its days, for the chart and its table; refused outside the person's areas. */
    @Transactional(readOnly = true)
    public AlertView view(StaffPrincipal person, long id) {
        Alert alert = find(person, id);
        LocalDate to =
                alert.endedOn() != null ? alert.endedOn() : lastCheckedOn().orElse(alert.lastFlaggedOn());
        LocalDate from = alert.startedOn().minusDays(CHART_DAYS_BEFORE);
        if (from.isBefore(to.minusDays(CHART_MAX_DAYS - 1L))) {
            from = to.minusDays(CHART_MAX_DAYS - 1L);
        }
        long areaId = units.findByCode(alert.areaCode()).orElseThrow().id();
        List<Day> days = jdbc.sql(
                        DAYS + " WHERE area_unit_id = ? AND strand_code = ? AND day BETWEEN ? AND ? ORDER BY day")
                .params(areaId, alert.strand(), Date.valueOf(from), Date.valueOf(to))
                .query(SpikeAlerts::day)
                .list();
        return new AlertView(alert, days, SpikeChart.of(days, alert.startedOn()));
    }

    /** An analyst's acknowledgement, with a note of what is being done; an alert is acknowledged once. */
    @Transactional
    public Alert acknowledge(StaffPrincipal person, long id, String note) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts acknowledge spike alerts.");
        }
        Alert alert = find(person, id);
        String clean = note == null ? "" : note.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("note", "Enter a note saying what is being done about the rise");
        }
        if (clean.length() > 2000) {
            throw new InvalidInput("note", "The note must be 2,000 characters or fewer");
        }
        if (alert.acknowledged()) {
            throw new ConflictingState("This alert was acknowledged already.");
        }
        jdbc.sql("""
                UPDATE spike_alert SET acknowledged_by = ?, acknowledged_at = ?, acknowledgement_note = ?
                WHERE id = ? AND acknowledged_at IS NULL""")
                .params(person.getUsername(), Timestamp.from(clock.instant()), clean, id)
                .update();
        return find(person, id);
    }

    /** Checks now, on an analyst's request: the days not yet checked, and today so far. */
    public SpikeChecks.Summary checkNow(StaffPrincipal person) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts ask for a spike check.");
        }
        return checks.catchUp(person.getUsername(), true);
    }

    /** The latest check of each strand in an area the person may see (their first area when none is given). */
    @Transactional(readOnly = true)
    public AreaLevels levels(StaffPrincipal person, String areaCode) {
        List<Unit> areas = areasVisibleTo(person);
        Unit area;
        if (areaCode == null || areaCode.isBlank()) {
            area = areas.stream()
                    .findFirst()
                    .orElseThrow(() -> new AccessDeniedException("You do not work in an area."));
        } else {
            Unit wanted = units.findByCode(areaCode)
                    .orElseThrow(() -> new InvalidInput(
                            "area",
                            "There is no area with the code " + areaCode.trim().toUpperCase()));
            area = areas.stream()
                    .filter(a -> a.id() == wanted.id())
                    .findFirst()
                    .orElseThrow(() -> new AccessDeniedException("You do not work in area " + wanted.code()));
        }
        Optional<Map.Entry<LocalDate, Boolean>> latest = jdbc.sql(
                        "SELECT day, partial FROM spike_check ORDER BY day DESC LIMIT 1")
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getBoolean(2)))
                .optional();
        if (latest.isEmpty()) {
            return new AreaLevels(area, null, false, List.of());
        }
        LocalDate day = latest.get().getKey();
        Map<String, Day> byStrand = new HashMap<>();
        jdbc.sql("SELECT strand_code, " + DAY_COLUMNS + " FROM spike_observation WHERE area_unit_id = ? AND day = ?")
                .params(area.id(), Date.valueOf(day))
                .query((rs, n) -> Map.entry(rs.getString("strand_code"), day(rs, n)))
                .list()
                .forEach(entry -> byStrand.put(entry.getKey(), entry.getValue()));
        List<StrandLevel> levels = strands.active().stream()
                .map(strand -> new StrandLevel(strand.code(), strand.name(), byStrand.get(strand.code())))
                .toList();
        return new AreaLevels(area, day, latest.get().getValue(), levels);
    }

    /** The areas (forces and boroughs) whose alerts the person sees, force first. */
    @Transactional(readOnly = true)
    public List<Unit> areasVisibleTo(StaffPrincipal person) {
        if (person.roles().stream().noneMatch(ROLES::contains)) {
            throw new AccessDeniedException("Spike alerts are for analysts, supervisors and neighbourhood officers.");
        }
        Set<Long> below = units.visibleTo(person);
        return units.all().stream()
                .filter(u -> u.kind() == UnitKind.FORCE || u.kind() == UnitKind.BOROUGH)
                .filter(u -> below.contains(u.id())
                        || (u.kind() == UnitKind.BOROUGH
                                && person.unitId() != null
                                && units.subtree(u.id()).contains(person.unitId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> lastCheckedOn() {
        return jdbc.sql("SELECT day FROM spike_check ORDER BY day DESC LIMIT 1")
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate);
    }

    private Alert find(StaffPrincipal person, long id) {
        Long areaId = jdbc.sql("SELECT area_unit_id FROM spike_alert WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("There is no spike alert " + id + "."));
        Unit area = areasVisibleTo(person).stream()
                .filter(a -> a.id() == areaId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("This alert is about an area you do not work in."));
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> map(rs, area, strandNames()))
                .single();
    }

    private Map<String, String> strandNames() {
        Map<String, String> names = new HashMap<>();
        strands.active().forEach(strand -> names.put(strand.code(), strand.name()));
        return names;
    }

    private static final String SELECT = """
            SELECT id, area_unit_id, strand_code, started_on, raised_on, last_flagged_on, ended_on, window_days, observed, expected,
                   threshold, acknowledged_by, acknowledged_at, acknowledgement_note
            FROM spike_alert""";

    private static final String DAY_COLUMNS = """
            day, observed, expected, threshold, observed_week, expected_week, threshold_week, flagged""";

    private static final String DAYS = "SELECT " + DAY_COLUMNS + " FROM spike_observation";

    private static Alert map(ResultSet rs, Unit area, Map<String, String> names) throws SQLException {
        String strand = rs.getString("strand_code");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        Date ended = rs.getDate("ended_on");
        return new Alert(
                rs.getLong("id"),
                strand,
                names.getOrDefault(strand, strand),
                area.code(),
                area.name(),
                area.kind() == UnitKind.FORCE,
                rs.getDate("started_on").toLocalDate(),
                rs.getDate("raised_on").toLocalDate(),
                rs.getDate("last_flagged_on").toLocalDate(),
                ended == null ? null : ended.toLocalDate(),
                rs.getInt("window_days"),
                rs.getInt("observed"),
                rs.getDouble("expected"),
                rs.getInt("threshold"),
                rs.getString("acknowledged_by"),
                acknowledged == null ? null : acknowledged.toInstant(),
                rs.getString("acknowledgement_note"));
    }

    private static Day day(ResultSet rs, int row) throws SQLException {
        double expected = rs.getDouble("expected");
        Double expectedValue = rs.wasNull() ? null : expected;
        int threshold = rs.getInt("threshold");
        Integer thresholdValue = rs.wasNull() ? null : threshold;
        double expectedWeek = rs.getDouble("expected_week");
        Double expectedWeekValue = rs.wasNull() ? null : expectedWeek;
        int thresholdWeek = rs.getInt("threshold_week");
        Integer thresholdWeekValue = rs.wasNull() ? null : thresholdWeek;
        return new Day(
                rs.getDate("day").toLocalDate(),
                rs.getInt("observed"),
                expectedValue,
                thresholdValue,
                rs.getInt("observed_week"),
                expectedWeekValue,
                thresholdWeekValue,
                rs.getBoolean("flagged"));
    }
}
