package org.reassure.insights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.NotFound;

/** Dip checks: a random sample of recorded crimes from a unit and period, with each checker's verdict on each. */
@Service
public class DipChecks {

    public static final int SAMPLE_SIZE = 10;
    /** The verdicts a checker may give; all but {@code CORRECT} need a note saying what is wrong. */
    public static final List<String> VERDICTS =
            List.of("CORRECT", "WRONG_STRAND", "WRONG_OFFENCE", "SHOULD_NOT_BE_RECORDED", "OTHER_PROBLEM");

    public static final int NOTE_LIMIT = 2000;

    private static final String CHECK = """
            SELECT d.id, u.name, d.period_from, d.period_to, d.drawn_by, d.drawn_at,
                   (SELECT count(*) FROM insights_dip_check_case c WHERE c.dip_check_id = d.id),
                   (SELECT count(verdict) FROM insights_dip_check_case c WHERE c.dip_check_id = d.id)
            FROM insights_dip_check d JOIN identity_unit_v u ON u.id = d.scope_unit_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    DipChecks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record DipCheck(
            long id,
            String unitName,
            LocalDate from,
            LocalDate to,
            String drawnBy,
            Instant drawnAt,
            long cases,
            long checked) {}

    public record Sampled(String reference, String verdict, String note, String checkedBy, Instant checkedAt) {}

    /** Draws a random sample of recorded crimes in the filter; returns its id, or empty when there is nothing to sample. */
    @Transactional
    public Optional<Long> draw(Filter f, String drawnBy) {
        List<String> sample = jdbc.sql("""
                SELECT f.reference FROM insights_case_fact f
                JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                WHERE f.month BETWEEN ? AND ? AND f.classification = 'CRIME' ORDER BY random() LIMIT ?""")
                .params(f.unit().id(), f.fromDate(), f.toDate(), SAMPLE_SIZE)
                .query(String.class)
                .list();
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        long id = jdbc.sql("""
                INSERT INTO insights_dip_check (scope_unit_id, period_from, period_to, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(f.unit().id(), f.fromDate(), f.toDate(), drawnBy, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String reference : sample) {
            jdbc.sql("INSERT INTO insights_dip_check_case (dip_check_id, case_reference) VALUES (?, ?)")
                    .params(id, reference)
                    .update();
        }
        return Optional.of(id);
    }

    /** The 20 most recent dip checks of the units given, newest first. */
    public List<DipCheck> checks(Set<Long> visibleUnits) {
        return jdbc.sql(CHECK + " WHERE d.scope_unit_id = ANY(?) ORDER BY d.drawn_at DESC LIMIT 20")
                .param(visibleUnits.toArray(Long[]::new))
                .query(DipChecks::dipCheck)
                .list();
    }

    /** One dip check, if it is of one of the units given. */
    public Optional<DipCheck> check(long id, Set<Long> visibleUnits) {
        return jdbc.sql(CHECK + " WHERE d.id = ? AND d.scope_unit_id = ANY(?)")
                .params(id, visibleUnits.toArray(Long[]::new))
                .query(DipChecks::dipCheck)
                .optional();
    }

    public List<Sampled> sample(long id) {
        return jdbc.sql("""
                SELECT case_reference, verdict, note, checked_by, checked_at FROM insights_dip_check_case
                WHERE dip_check_id = ? ORDER BY case_reference""")
                .param(id)
                .query((rs, i) -> new Sampled(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Records a checker's verdict on one sampled case (the page has checked the verdict and the note). */
    @Transactional
    public void verdict(long id, String reference, String verdict, String note, String checker) {
        String cleanNote = note == null ? "" : note.strip();
        int updated = jdbc.sql("""
                UPDATE insights_dip_check_case SET verdict = ?, note = ?, checked_by = ?, checked_at = ?
                WHERE dip_check_id = ? AND case_reference = ?""")
                .params(
                        verdict,
                        cleanNote.isEmpty() ? null : cleanNote,
                        checker,
                        Timestamp.from(clock.instant()),
                        id,
                        reference)
                .update();
        if (updated == 0) {
            throw new NotFound("insights.dipCheck.notInSample");
        }
    }

    private static DipCheck dipCheck(ResultSet rs, int row) throws SQLException {
        return new DipCheck(
                rs.getLong(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getLong(7),
                rs.getLong(8));
    }
}
