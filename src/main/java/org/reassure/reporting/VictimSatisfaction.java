package org.reassure.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;

/**
 * How satisfied victims are with the service, asked once the investigation has finished (the case is finalised
 * or closed): by the person holding the tracking code on "track my report", or by a member of staff in a survey
 * call. One set of answers per case, never changed, so that what trials and figures count stays as it was given.
 * Staff callers check that the person may see the case first: this module does not know about units.
 */
@Service
public class VictimSatisfaction {

    static final int MAX_COMMENTS = 2_000;
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

        public String label() {
            return label;
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

        public String label() {
            return label;
        }
    }

    /**
     * One set of answers. {@code keptInformed}, {@code treatment} and {@code comments} are optional (null when
     * not answered); {@code recordedBy} is the member of staff who took them, null online.
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
    private final ReportProgress progress;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VictimSatisfaction(
            JdbcClient jdbc,
            ReportProgress progress,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.messages = messages;
        this.events = events;
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
    public java.util.List<Answers> answeredBetween(Instant from, Instant to, int limit) {
        return jdbc.sql(
                        "SELECT * FROM victim_satisfaction WHERE answered_at BETWEEN ? AND ? ORDER BY answered_at DESC, case_reference LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query(VictimSatisfaction::answers)
                .list();
    }

    /** Whether the case's investigation has finished, so that the victim can be asked. */
    @Transactional(readOnly = true)
    public boolean finished(String caseReference) {
        return progress.of(caseReference).map(VictimSatisfaction::finished).orElse(false);
    }

    /** Whether a case at this point of its progress has finished, for a page that already has the progress. */
    static boolean finished(ReportProgress.Progress progress) {
        return FINISHED.contains(progress.status());
    }

    /**
     * Answers from the person holding the tracking code, in their language. Whether they are the victim comes
     * from their report.
     */
    @Transactional
    Answers giveOnline(String reference, Given given) {
        FormErrors errors = new FormErrors();
        Answers checked = check(reference, given, true, errors);
        errors.throwIfAny();
        String role = jdbc.sql("SELECT reporter_role FROM report WHERE reference = ?")
                .param(reference)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("There is no report with that reference."));
        Respondent respondent = "VICTIM".equals(role)
                ? Respondent.VICTIM
                : "ON_BEHALF".equals(role) ? Respondent.ON_BEHALF : Respondent.WITNESS;
        return store(checked, respondent, Channel.ONLINE, clock.instant(), null);
    }

    /**
     * Answers a member of staff took in a survey call or in person. The caller has checked that they may see the
     * case. Messages are in English, for staff pages.
     */
    @Transactional
    public Answers recordBySurvey(
            String caseReference, Given given, Respondent respondent, Channel channel, String staffUsername) {
        return recordBySurvey(caseReference, given, respondent, channel, staffUsername, clock.instant());
    }

    /** As {@link #recordBySurvey(String, Given, Respondent, Channel, String)}, for a call that took place at {@code answeredAt}. */
    @Transactional
    public Answers recordBySurvey(
            String caseReference,
            Given given,
            Respondent respondent,
            Channel channel,
            String staffUsername,
            Instant answeredAt) {
        FormErrors errors = new FormErrors();
        Answers checked = check(caseReference, given, false, errors);
        if (respondent == null) {
            errors.add("respondent", "Select who answered");
        }
        if (channel == null || channel == Channel.ONLINE) {
            errors.add("channel", "Select how the answers were given");
        }
        errors.throwIfAny();
        return store(checked, respondent, channel, answeredAt, staffUsername);
    }

    /** Checks the answers, adding a message to {@code errors} for each one that is wrong; refuses before the investigation has finished. */
    private Answers check(String reference, Given given, boolean publicVoice, FormErrors errors) {
        if (!finished(reference)) {
            throw new ConflictingState(
                    publicVoice
                            ? text("satisfaction.error.notFinished")
                            : "The victim can be asked once the investigation has finished (the case is finalised or closed).");
        }
        Satisfaction overall = Satisfaction.parse(given.overall());
        if (overall == null) {
            errors.add(
                    "overall",
                    publicVoice
                            ? text("satisfaction.error.overall")
                            : "Select how satisfied the victim is with the service overall");
        }
        Satisfaction informed = Satisfaction.parse(given.keptInformed());
        if (informed == null
                && given.keptInformed() != null
                && !given.keptInformed().isBlank()) {
            errors.add(
                    "keptInformed",
                    publicVoice ? text("satisfaction.error.choice") : "Select one of the answers, or leave it out");
        }
        Satisfaction treatment = Satisfaction.parse(given.treatment());
        if (treatment == null && given.treatment() != null && !given.treatment().isBlank()) {
            errors.add(
                    "treatment",
                    publicVoice ? text("satisfaction.error.choice") : "Select one of the answers, or leave it out");
        }
        String comments = Text.multiline(given.comments());
        if (comments != null && comments.length() > MAX_COMMENTS) {
            errors.add(
                    "comments",
                    publicVoice
                            ? text("satisfaction.error.tooLong")
                            : "The victim's comments must be " + String.format("%,d", MAX_COMMENTS)
                                    + " characters or fewer");
        }
        return new Answers(reference, overall, informed, treatment, comments, null, null, null, null);
    }

    private Answers store(Answers checked, Respondent respondent, Channel channel, Instant at, String staffUsername) {
        int stored = jdbc.sql("""
                INSERT INTO victim_satisfaction (case_reference, overall, kept_informed, treatment, comments, respondent, channel,
                                                 answered_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_reference) DO NOTHING""")
                .params(
                        checked.caseReference(),
                        checked.overall().score(),
                        score(checked.keptInformed()),
                        score(checked.treatment()),
                        checked.comments(),
                        respondent.name(),
                        channel.name(),
                        Timestamp.from(at),
                        staffUsername)
                .update();
        if (stored == 0) {
            throw new ConflictingState(
                    staffUsername == null
                            ? text("satisfaction.error.alreadyAnswered")
                            : "The answers for this case were already recorded. Each case keeps one set of answers.");
        }
        events.publishEvent(new SatisfactionGiven(checked.caseReference(), channel, staffUsername, at));
        return new Answers(
                checked.caseReference(),
                checked.overall(),
                checked.keptInformed(),
                checked.treatment(),
                checked.comments(),
                respondent,
                channel,
                at,
                staffUsername);
    }

    private static Integer score(Satisfaction value) {
        return value == null ? null : value.score();
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

    private String text(String key) {
        return messages.getMessage(
                key, new Object[] {String.format("%,d", MAX_COMMENTS)}, LocaleContextHolder.getLocale());
    }
}
