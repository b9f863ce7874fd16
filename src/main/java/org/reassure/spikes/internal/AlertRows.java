package org.reassure.spikes.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.reassure.identity.Unit;
import org.reassure.identity.UnitKind;

/** Reads spike alerts and the days of their series from spike alerts' own tables. */
@Component
class AlertRows {

    private static final String SELECT = """
            SELECT id, area_unit_id, strand_code, started_on, raised_on, last_flagged_on, ended_on, window_days, observed, expected,
                   threshold, acknowledged_by, acknowledged_at, acknowledgement_note
            FROM spike_alert""";

    private static final String DAY_COLUMNS = """
            day, observed, expected, threshold, observed_week, expected_week, threshold_week, flagged""";

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The alerts of the areas: ongoing first, then the newest; at most 200. */
    List<SpikeAlerts.Alert> inAreas(Collection<Unit> areas, Map<String, Object> strandNames) {
        Map<Long, Unit> byId = new HashMap<>();
        areas.forEach(area -> byId.put(area.id(), area));
        return jdbc.sql(
                        SELECT
                                + " WHERE area_unit_id = ANY(?) ORDER BY ended_on IS NOT NULL, last_flagged_on DESC, id DESC LIMIT 200")
                .param(byId.keySet().toArray(Long[]::new))
                .query((rs, n) -> alert(rs, byId.get(rs.getLong("area_unit_id")), strandNames))
                .list();
    }

    Optional<Long> areaOf(long id) {
        return jdbc.sql("SELECT area_unit_id FROM spike_alert WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    SpikeAlerts.Alert alert(long id, Unit area, Map<String, Object> strandNames) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> alert(rs, area, strandNames))
                .single();
    }

    /** Records an acknowledgement unless there is one already; false when there was. */
    boolean acknowledge(long id, String by, Instant at, String note) {
        return jdbc.sql("""
                UPDATE spike_alert SET acknowledged_by = ?, acknowledged_at = ?, acknowledgement_note = ?
                WHERE id = ? AND acknowledged_at IS NULL""").params(by, Timestamp.from(at), note, id).update() == 1;
    }

    List<SpikeAlerts.Day> days(long areaId, String strand, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "SELECT " + DAY_COLUMNS
                                + " FROM spike_observation WHERE area_unit_id = ? AND strand_code = ? AND day BETWEEN ? AND ? ORDER BY day")
                .params(areaId, strand, Date.valueOf(from), Date.valueOf(to))
                .query(AlertRows::day)
                .list();
    }

    /** Each strand's observation of the area on the day. */
    Map<String, SpikeAlerts.Day> daysOf(long areaId, LocalDate day) {
        Map<String, SpikeAlerts.Day> byStrand = new HashMap<>();
        jdbc.sql("SELECT strand_code, " + DAY_COLUMNS + " FROM spike_observation WHERE area_unit_id = ? AND day = ?")
                .params(areaId, Date.valueOf(day))
                .query((rs, n) -> Map.entry(rs.getString("strand_code"), day(rs, n)))
                .list()
                .forEach(entry -> byStrand.put(entry.getKey(), entry.getValue()));
        return byStrand;
    }

    /** The last day checked, and whether it was checked only so far (today). */
    Optional<Map.Entry<LocalDate, Boolean>> latestCheck() {
        return jdbc.sql("SELECT day, partial FROM spike_check ORDER BY day DESC LIMIT 1")
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getBoolean(2)))
                .optional();
    }

    private static SpikeAlerts.Alert alert(ResultSet rs, Unit area, Map<String, Object> names) throws SQLException {
        String strand = rs.getString("strand_code");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        Date ended = rs.getDate("ended_on");
        return new SpikeAlerts.Alert(
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

    private static SpikeAlerts.Day day(ResultSet rs, int row) throws SQLException {
        double expected = rs.getDouble("expected");
        Double expectedValue = rs.wasNull() ? null : expected;
        int threshold = rs.getInt("threshold");
        Integer thresholdValue = rs.wasNull() ? null : threshold;
        double expectedWeek = rs.getDouble("expected_week");
        Double expectedWeekValue = rs.wasNull() ? null : expectedWeek;
        int thresholdWeek = rs.getInt("threshold_week");
        Integer thresholdWeekValue = rs.wasNull() ? null : thresholdWeek;
        return new SpikeAlerts.Day(
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
