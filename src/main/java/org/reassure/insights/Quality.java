package org.reassure.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.FormErrors;

/**
 * The data-quality audit inspectors ask for: cases whose words suggest hostility towards a group but carry no
 * strand (matched against the phrase list in {@code insights_hostility_phrase}), cases with no answer to why
 * the person thinks it happened, strands with no offence, time from report to recording, and dip checks: a
 * random sample of recorded crimes with each checker's verdict.
 */
@Service
class Quality {

    static final int LIST_LIMIT = 50;
    static final int SAMPLE_SIZE = 10;
    static final List<String> VERDICTS =
            List.of("CORRECT", "WRONG_STRAND", "WRONG_OFFENCE", "SHOULD_NOT_BE_RECORDED", "OTHER_PROBLEM");

    private final JdbcClient jdbc;
    private final Clock clock;

    Quality(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Flagged(String reference, String month, String detail) {}

    record Recording(long recorded, long within24h, String medianHours, String p90Hours) {

        public String within24hShare() {
            return Figures.percent(within24h, recorded);
        }
    }

    record Audit(
            long noStrandCount,
            List<Flagged> noStrand,
            long noPerceptionCount,
            List<Flagged> noPerception,
            long undecidedWithStrand,
            long noRecordWithStrand,
            long nchiWithStrand,
            Recording recording,
            List<Phrase> phrases) {}

    record Phrase(String phrase, String suggests) {}

    Audit audit(Scope.Filter f) {
        Object[] scope = {f.unit().id(), f.fromDate(), f.toDate()};
        String inScope = """
                FROM insights_case_fact f JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                WHERE f.month BETWEEN ? AND ?""";
        String noStrand = """
                SELECT f.reference, to_char(f.month, 'Mon YYYY') AS month,
                       (SELECT string_agg(DISTINCT p.phrase, ', ' ORDER BY p.phrase) FROM insights_hostility_phrase p
                        WHERE c.account ~* ('\\m' || p.phrase || '\\M') OR coalesce(c.hostility_reason, '') ~* ('\\m' || p.phrase || '\\M')) AS words
                """ + inScope.replace("WHERE", "JOIN hate_case c ON c.id = f.case_id WHERE")
                + " AND cardinality(f.strands) = 0";
        List<Flagged> flagged = jdbc.sql(
                        "SELECT * FROM (" + noStrand + ") x WHERE words IS NOT NULL ORDER BY reference")
                .params(scope)
                .query((rs, i) -> new Flagged(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        long noPerceptionCount = jdbc.sql("SELECT count(*) " + inScope + " AND f.no_perception")
                .params(scope)
                .query(Long.class)
                .single();
        List<Flagged> noPerception = jdbc.sql("SELECT f.reference, to_char(f.month, 'Mon YYYY'), f.channel " + inScope
                        + " AND f.no_perception ORDER BY f.reference LIMIT " + LIST_LIMIT)
                .params(scope)
                .query((rs, i) -> new Flagged(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        long[] noOffence = jdbc.sql(
                        "SELECT count(*) FILTER (WHERE f.classification IS NULL), count(*) FILTER (WHERE f.classification = 'NO_RECORD'), "
                                + "count(*) FILTER (WHERE f.classification = 'NCHI') " + inScope
                                + " AND cardinality(f.strands) > 0")
                .params(scope)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        Recording recording = jdbc.sql(
                        """
                SELECT count(*), count(*) FILTER (WHERE f.recorded_at - f.received_at <= interval '24 hours'),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.recorded_at - f.received_at) / 3600),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.recorded_at - f.received_at) / 3600)
                """ + inScope + " AND f.recorded_at IS NOT NULL AND f.classification IN ('CRIME', 'NCHI')")
                .params(scope)
                .query((rs, i) ->
                        new Recording(rs.getLong(1), rs.getLong(2), hours(rs.getObject(3)), hours(rs.getObject(4))))
                .single();
        List<Phrase> phrases = jdbc.sql(
                        "SELECT phrase, suggests FROM insights_hostility_phrase ORDER BY suggests, phrase")
                .query((rs, i) -> new Phrase(rs.getString(1), rs.getString(2)))
                .list();
        return new Audit(
                flagged.size(),
                flagged.stream().limit(LIST_LIMIT).toList(),
                noPerceptionCount,
                noPerception,
                noOffence[0],
                noOffence[1],
                noOffence[2],
                recording,
                phrases);
    }

    private static String hours(Object value) {
        if (value == null) {
            return "not known";
        }
        double h = ((Number) value).doubleValue();
        return h < 48 ? String.format("%.1f hours", h) : String.format("%.1f days", h / 24);
    }

    record DipCheck(
            long id, String unitName, String period, String drawnBy, Instant drawnAt, long cases, long checked) {}

    record Sampled(String reference, String verdict, String note, String checkedBy, Instant checkedAt) {}

    /** Draws a random sample of recorded crimes in the filter; returns its id, or empty when there is nothing to sample. */
    @Transactional
    Optional<Long> draw(Scope.Filter f, String drawnBy) {
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

    List<DipCheck> checks(java.util.Set<Long> visibleUnits) {
        return jdbc.sql("""
                SELECT d.id, u.name, to_char(d.period_from, 'Mon YYYY') || ' to ' || to_char(d.period_to, 'Mon YYYY'), d.drawn_by, d.drawn_at,
                       count(c.*), count(c.verdict)
                FROM insights_dip_check d JOIN unit u ON u.id = d.scope_unit_id
                LEFT JOIN insights_dip_check_case c ON c.dip_check_id = d.id
                WHERE d.scope_unit_id = ANY(?) GROUP BY d.id, u.name ORDER BY d.drawn_at DESC LIMIT 20""")
                .param(visibleUnits.toArray(Long[]::new))
                .query((rs, i) -> new DipCheck(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    Optional<DipCheck> check(long id, java.util.Set<Long> visibleUnits) {
        return checks(visibleUnits).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .or(() -> jdbc.sql("""
                        SELECT d.id, u.name, to_char(d.period_from, 'Mon YYYY') || ' to ' || to_char(d.period_to, 'Mon YYYY'), d.drawn_by,
                               d.drawn_at, (SELECT count(*) FROM insights_dip_check_case c WHERE c.dip_check_id = d.id),
                               (SELECT count(verdict) FROM insights_dip_check_case c WHERE c.dip_check_id = d.id)
                        FROM insights_dip_check d JOIN unit u ON u.id = d.scope_unit_id WHERE d.id = ? AND d.scope_unit_id = ANY(?)""")
                        .params(id, visibleUnits.toArray(Long[]::new))
                        .query((rs, i) -> new DipCheck(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant(),
                                rs.getLong(6),
                                rs.getLong(7)))
                        .optional());
    }

    List<Sampled> sample(long id) {
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

    /** Records a checker's verdict on one sampled case. */
    @Transactional
    void verdict(long id, String reference, String verdict, String note, String checker) {
        FormErrors errors = new FormErrors();
        if (verdict == null || !VERDICTS.contains(verdict)) {
            errors.add("verdict", "Select your verdict on the recording");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (verdict != null && !verdict.equals("CORRECT") && VERDICTS.contains(verdict) && cleanNote.isEmpty()) {
            errors.add("note", "Say what is wrong with the recording");
        }
        if (cleanNote.length() > 2000) {
            errors.add("note", "The note must be 2,000 characters or fewer");
        }
        errors.throwIfAny();
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
            throw new org.reassure.platform.NotFound("That case is not in this dip check");
        }
    }
}
