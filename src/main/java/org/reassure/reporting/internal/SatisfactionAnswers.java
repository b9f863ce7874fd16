package org.reassure.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.ConflictingState;
import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;
import org.reassure.reporting.ReportProgress;
import org.reassure.reporting.Satisfaction;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.reporting.VictimSatisfaction.Answers;
import org.reassure.reporting.VictimSatisfaction.Channel;
import org.reassure.reporting.VictimSatisfaction.Given;
import org.reassure.reporting.VictimSatisfaction.Respondent;
import org.reassure.reporting.VictimSatisfaction.SatisfactionGiven;

/**
 * Taking the satisfaction survey's answers, once per case and only once the investigation has finished: online from
 * the person holding the tracking code (told in their own words), or from a member of staff in a survey call (told
 * about the victim). Each kept set of answers is announced ({@link SatisfactionGiven}).
 */
@Component
public class SatisfactionAnswers {

    public static final int MAX_COMMENTS = 2_000;

    /** Whose words the messages are in: the person answering, or the member of staff recording their answers. */
    private enum Voice {
        REPORTER(
                "satisfaction.error.notFinished",
                "satisfaction.error.overall",
                "satisfaction.error.choice",
                "satisfaction.error.tooLong",
                "satisfaction.error.alreadyAnswered"),
        STAFF(
                "reporting.satisfaction.error.notFinished",
                "reporting.satisfaction.error.overall",
                "reporting.satisfaction.error.choice",
                "reporting.satisfaction.error.tooLong",
                "reporting.satisfaction.error.alreadyAnswered");

        final String notFinished;
        final String overall;
        final String choice;
        final String tooLong;
        final String alreadyAnswered;

        Voice(String notFinished, String overall, String choice, String tooLong, String alreadyAnswered) {
            this.notFinished = notFinished;
            this.overall = overall;
            this.choice = choice;
            this.tooLong = tooLong;
            this.alreadyAnswered = alreadyAnswered;
        }
    }

    private final JdbcClient jdbc;
    private final ReportProgress progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SatisfactionAnswers(JdbcClient jdbc, ReportProgress progress, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the case's investigation has finished, so that the victim can be asked. */
    @Transactional(readOnly = true)
    public boolean finished(String caseReference) {
        return progress.of(caseReference).map(VictimSatisfaction::finished).orElse(false);
    }

    /** Answers from the person holding the tracking code. Whether they are the victim comes from their report. */
    @Transactional
    public Answers giveOnline(String reference, Given given) {
        FormErrors errors = new FormErrors();
        Answers checked = check(reference, given, Voice.REPORTER, errors);
        errors.throwIfAny();
        String role = jdbc.sql("SELECT reporter_role FROM report WHERE reference = ?")
                .param(reference)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("reporting.notFound.report"));
        Respondent respondent = "VICTIM".equals(role)
                ? Respondent.VICTIM
                : "ON_BEHALF".equals(role) ? Respondent.ON_BEHALF : Respondent.WITNESS;
        return store(checked, respondent, Channel.ONLINE, clock.instant(), null, Voice.REPORTER);
    }

    /** Answers a member of staff took in a survey call or in person; the caller has checked they may see the case. */
    @Transactional
    public Answers recordBySurvey(
            String caseReference,
            Given given,
            Respondent respondent,
            Channel channel,
            String staffUsername,
            Instant answeredAt) {
        FormErrors errors = new FormErrors();
        Answers checked = check(caseReference, given, Voice.STAFF, errors);
        if (respondent == null) {
            errors.add("respondent", "reporting.satisfaction.error.respondent");
        }
        if (channel == null || channel == Channel.ONLINE) {
            errors.add("channel", "reporting.satisfaction.error.channel");
        }
        errors.throwIfAny();
        return store(checked, respondent, channel, answeredAt, staffUsername, Voice.STAFF);
    }

    /** Checks the answers, adding a message to {@code errors} for each one that is wrong; refuses before the investigation has finished. */
    private Answers check(String reference, Given given, Voice voice, FormErrors errors) {
        if (!finished(reference)) {
            throw new ConflictingState(voice.notFinished);
        }
        Satisfaction overall = Satisfaction.parse(given.overall());
        if (overall == null) {
            errors.add("overall", voice.overall);
        }
        Satisfaction informed = optionalAnswer("keptInformed", given.keptInformed(), voice, errors);
        Satisfaction treatment = optionalAnswer("treatment", given.treatment(), voice, errors);
        String comments = Text.multiline(given.comments());
        if (comments != null && comments.length() > MAX_COMMENTS) {
            errors.add("comments", voice.tooLong, String.format(Locale.UK, "%,d", MAX_COMMENTS));
        }
        return new Answers(reference, overall, informed, treatment, comments, null, null, null, null);
    }

    /** An answer that may be left out; anything else than a point of the scale is an error. */
    private static Satisfaction optionalAnswer(String field, String given, Voice voice, FormErrors errors) {
        Satisfaction answer = Satisfaction.parse(given);
        if (answer == null && given != null && !given.isBlank()) {
            errors.add(field, voice.choice);
        }
        return answer;
    }

    private Answers store(
            Answers checked, Respondent respondent, Channel channel, Instant at, String staffUsername, Voice voice) {
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
            throw new ConflictingState(voice.alreadyAnswered);
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
}
