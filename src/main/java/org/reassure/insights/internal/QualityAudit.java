package org.reassure.insights.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.platform.Message;

/**
 * The data-quality audit inspectors ask for: cases whose words suggest hostility towards a group but carry no
 * strand (matched against the phrase list in {@code insights_hostility_phrase}, in the words case work publishes),
 * cases with no answer to why the person thinks it happened, strands with no offence, and time from report to
 * recording.
 */
@Service
public class QualityAudit {

    static final int LIST_LIMIT = 50;

    private static final String IN_SCOPE = """
            FROM insights_case_fact f JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
            WHERE f.month BETWEEN ? AND ?""";

    private final JdbcClient jdbc;

    QualityAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case to look at: its reference, the month it came in, and what was found. */
    public record Flagged(String reference, LocalDate month, String detail) {}

    /** Time from report to recording of the crimes and incidents recorded. */
    public record Recording(long recorded, long within24h, Message median, Message p90) {

        public Object within24hShare() {
            return Headlines.percent(within24h, recorded);
        }
    }

    public record Phrase(String phrase, String suggests) {}

    public record Audit(
            long noStrandCount,
            List<Flagged> noStrand,
            long noPerceptionCount,
            List<Flagged> noPerception,
            long undecidedWithStrand,
            long noRecordWithStrand,
            long nchiWithStrand,
            Recording recording,
            List<Phrase> phrases) {}

    public Audit audit(Filter f) {
        Object[] scope = {f.unit().id(), f.fromDate(), f.toDate()};
        List<Flagged> flagged = jdbc.sql("""
                SELECT * FROM (
                    SELECT f.reference, f.month,
                           (SELECT string_agg(DISTINCT p.phrase, ', ' ORDER BY p.phrase) FROM insights_hostility_phrase p
                            WHERE w.account ~* ('\\m' || p.phrase || '\\M')
                               OR coalesce(w.hostility_reason, '') ~* ('\\m' || p.phrase || '\\M')) AS words
                    FROM insights_case_fact f JOIN insights_unit_closure uc ON uc.unit_id = f.unit_id AND uc.scope_id = ?
                    JOIN casework_case_account_v w ON w.case_id = f.case_id
                    WHERE f.month BETWEEN ? AND ? AND cardinality(f.strands) = 0) x
                WHERE words IS NOT NULL ORDER BY reference""")
                .params(scope)
                .query((rs, i) -> new Flagged(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
        long noPerceptionCount = jdbc.sql("SELECT count(*) " + IN_SCOPE + " AND f.no_perception")
                .params(scope)
                .query(Long.class)
                .single();
        List<Flagged> noPerception = jdbc.sql("SELECT f.reference, f.month, f.channel " + IN_SCOPE
                        + " AND f.no_perception ORDER BY f.reference LIMIT " + LIST_LIMIT)
                .params(scope)
                .query((rs, i) -> new Flagged(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
        long[] noOffence = jdbc.sql(
                        "SELECT count(*) FILTER (WHERE f.classification IS NULL), count(*) FILTER (WHERE f.classification = 'NO_RECORD'), "
                                + "count(*) FILTER (WHERE f.classification = 'NCHI') " + IN_SCOPE
                                + " AND cardinality(f.strands) > 0")
                .params(scope)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        Recording recording = jdbc.sql(
                        """
                SELECT count(*), count(*) FILTER (WHERE f.recorded_at - f.received_at <= interval '24 hours'),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.recorded_at - f.received_at) / 3600),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.recorded_at - f.received_at) / 3600)
                """ + IN_SCOPE + " AND f.recorded_at IS NOT NULL AND f.classification IN ('CRIME', 'NCHI')")
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

    private static Message hours(Object value) {
        if (value == null) {
            return Message.of("insights.firstContact.notKnown");
        }
        double h = ((Number) value).doubleValue();
        return h < 48
                ? Message.of("insights.quality.hours", String.format("%.1f", h))
                : Message.of("insights.quality.days", String.format("%.1f", h / 24));
    }
}
