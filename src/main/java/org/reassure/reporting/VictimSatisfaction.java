package org.reassure.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.reporting.internal.SatisfactionAnswers;

/**
 * How satisfied victims are with the service, asked once the investigation has finished (the case is finalised or
 * closed): by the person holding the tracking code on "track my report", or by a member of staff in a survey call. One
 * set of answers per case, never changed, so that what trials and figures count stays as it was given. Staff callers
 * check that the person may see the case first: this module does not know about units.
 */
@Service
public class VictimSatisfaction {

    private static final Set<String> FINISHED = Set.of("FINALISED", "CLOSED");

    /** Who gave the answers. A witness's answers are kept but are not the victim's satisfaction. */
    public enum Respondent {
        VICTIM("The victim"),
        ON_BEHALF("Someone answering for the victim"),
        WITNESS("A witness");

        private final String label;

        Respondent(String label) {
            this.label = label;
        }

        /** The label in English, for pages not yet in Welsh; {@link #labelKey()} names it in every language. */
        public String label() {
            return label;
        }

        /** The message naming this answer: {@code reporting.satisfaction.respondent.<NAME>}. */
        public String labelKey() {
            return "reporting.satisfaction.respondent." + name();
        }

        public boolean speaksForVictim() {
            return this != WITNESS;
        }
    }

    /** How the answers were given. */
    public enum Channel {
        ONLINE("Online, on Track my report"),
        TELEPHONE("Survey call"),
        IN_PERSON("In person");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        /** The label in English, for pages not yet in Welsh; {@link #labelKey()} names it in every language. */
        public String label() {
            return label;
        }

        /** The message naming this way of answering: {@code reporting.satisfaction.channel.<NAME>}. */
        public String labelKey() {
            return "reporting.satisfaction.channel." + name();
        }
    }

    /**
     * One set of answers. {@code keptInformed}, {@code treatment} and {@code comments} are optional (null when not
     * answered); {@code recordedBy} is the member of staff who took them, null online.
     */
    public record Answers(
            String caseReference,
            Satisfaction overall,
            Satisfaction keptInformed,
            Satisfaction treatment,
            String comments,
            Respondent respondent,
            Channel channel,
            Instant answeredAt,
            String recordedBy) {

        public boolean satisfied() {
            return overall.satisfied();
        }
    }

    /** What a person chose on a form: the names of the choices as sent, before they are checked. */
    public record Given(String overall, String keptInformed, String treatment, String comments) {}

    /** Answers were given: case work notes it in the case history. Carries no answers. */
    public record SatisfactionGiven(String reference, Channel channel, String recordedBy, Instant at) {}

    private final JdbcClient jdbc;
    private final SatisfactionAnswers answers;
    private final Clock clock;

    VictimSatisfaction(JdbcClient jdbc, SatisfactionAnswers answers, Clock clock) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Answers> of(String caseReference) {
        return jdbc.sql("SELECT * FROM victim_satisfaction WHERE case_reference = ?")
                .param(caseReference)
                .query(VictimSatisfaction::answers)
                .optional();
    }

    /** The answers given on these cases, by case reference; cases without answers are left out. */
    @Transactional(readOnly = true)
    public Map<String, Answers> of(Collection<String> caseReferences) {
        return jdbc
                .sql("SELECT * FROM victim_satisfaction WHERE case_reference = ANY(?)")
                .param(caseReferences.toArray(String[]::new))
                .query(VictimSatisfaction::answers)
                .list()
                .stream()
                .collect(Collectors.toMap(Answers::caseReference, Function.identity()));
    }

    /** The answers given in a period (inclusive instants), newest first, at most {@code limit}. Callers check who may see which case. */
    @Transactional(readOnly = true)
    public List<Answers> answeredBetween(Instant from, Instant to, int limit) {
        return jdbc.sql(
                        "SELECT * FROM victim_satisfaction WHERE answered_at BETWEEN ? AND ? ORDER BY answered_at DESC, case_reference LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query(VictimSatisfaction::answers)
                .list();
    }

    /** Whether the case's investigation has finished, so that the victim can be asked. */
    public boolean finished(String caseReference) {
        return answers.finished(caseReference);
    }

    /** Whether a case at this point of its progress has finished, for a page that already has the progress. */
    public static boolean finished(ReportProgress.Progress progress) {
        return FINISHED.contains(progress.status());
    }

    /**
     * Answers a member of staff took in a survey call or in person. The caller has checked that they may see the
     * case. Refusals ({@link InvalidInput}, {@link ConflictingState}) speak of the victim, for staff pages.
     */
    public Answers recordBySurvey(
            String caseReference, Given given, Respondent respondent, Channel channel, String staffUsername) {
        return recordBySurvey(caseReference, given, respondent, channel, staffUsername, clock.instant());
    }

    /** As {@link #recordBySurvey(String, Given, Respondent, Channel, String)}, for a call that took place at {@code answeredAt}. */
    public Answers recordBySurvey(
            String caseReference,
            Given given,
            Respondent respondent,
            Channel channel,
            String staffUsername,
            Instant answeredAt) {
        return answers.recordBySurvey(caseReference, given, respondent, channel, staffUsername, answeredAt);
    }

    private static Answers answers(ResultSet rs, int row) throws SQLException {
        return new Answers(
                rs.getString("case_reference"),
                Satisfaction.ofScore(rs.getInt("overall")),
                optional(rs, "kept_informed"),
                optional(rs, "treatment"),
                rs.getString("comments"),
                Respondent.valueOf(rs.getString("respondent")),
                Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("answered_at").toInstant(),
                rs.getString("recorded_by"));
    }

    private static Satisfaction optional(ResultSet rs, String column) throws SQLException {
        int score = rs.getInt(column);
        return rs.wasNull() ? null : Satisfaction.ofScore(score);
    }
}
