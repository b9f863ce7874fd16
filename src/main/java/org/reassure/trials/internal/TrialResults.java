package org.reassure.trials.internal;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.Message;
import org.reassure.trials.internal.statistics.Observation;
import org.reassure.trials.internal.statistics.RiskComparison;
import org.reassure.trials.internal.statistics.TrialAnalysis;

/**
 * The intention-to-treat analysis of a trial: every enrolled case in the arm it was allocated to, whether or
 * not it received the contact (see {@link AnalysedCases} for how each case's time and outcome are read), with the
 * CONSORT flow, the secondary outcomes and the balance of the arms.
 */
@Service
public class TrialResults {

    /**
     * One analysed case: no reference, no person, only what the analysis and the balance table need.
     * {@code satisfied} is whether the victim (or someone answering for them) said they were satisfied overall,
     * null when nobody did.
     */
    public record AnalysedCase(
            long time,
            boolean event,
            Arm arm,
            String stratum,
            String unitCode,
            String channel,
            String strands,
            boolean repeatVictim,
            boolean followUpComplete,
            boolean positiveOutcome,
            boolean receivedSrc,
            Boolean satisfied) {}

    /**
     * Victim satisfaction as a secondary outcome: of the cases in each arm, how many victims answered the survey and how
     * many of those were satisfied (completely, very or fairly). The comparison is among those who answered, so it
     * is null until both arms have answers; the response in each arm is shown with it because it may differ.
     */
    public record SatisfactionOutcome(
            int controlCases,
            int controlAnswered,
            int treatmentCases,
            int treatmentAnswered,
            RiskComparison comparison) {

        public String controlResponse() {
            return Balance.percent(controlAnswered, controlCases);
        }

        public String treatmentResponse() {
            return Balance.percent(treatmentAnswered, treatmentCases);
        }
    }

    /** CONSORT flow counts. */
    public record Flow(
            int screened,
            int eligible,
            int enrolled,
            int control,
            int treatment,
            int receivedControl,
            int receivedTreatment,
            int analysedControl,
            int analysedTreatment,
            int inFollowUp) {}

    /**
     * Everything the results page shows. {@code analysis} is null with {@code notAnalysable} saying why when
     * the data cannot be analysed yet (an arm empty, no withdrawals).
     */
    public record Results(
            Trial trial,
            Flow flow,
            List<Balance> balance,
            List<AnalysedCase> cases,
            TrialAnalysis analysis,
            Message notAnalysable,
            RiskComparison positiveOutcome,
            SatisfactionOutcome satisfaction,
            List<PlanChange> changes) {}

    private final Trials trials;
    private final Enrolments enrolments;
    private final AnalysedCases analysed;

    TrialResults(Trials trials, Enrolments enrolments, AnalysedCases analysed) {
        this.trials = trials;
        this.enrolments = enrolments;
        this.analysed = analysed;
    }

    @Transactional(readOnly = true)
    public Results of(StaffPrincipal person, long trialId) {
        Trial trial = trials.get(person, trialId);
        List<AnalysedCase> cases = analysed.of(trial);
        Enrolments.Screening screening = enrolments.screening(trialId);
        int control = count(cases, c -> c.arm() == Arm.CONTROL);
        int treatment = cases.size() - control;
        Flow flow = new Flow(
                screening.screened(),
                screening.eligible(),
                screening.enrolled(),
                control,
                treatment,
                count(cases, c -> c.arm() == Arm.CONTROL && c.receivedSrc()),
                count(cases, c -> c.arm() == Arm.TREATMENT && c.receivedSrc()),
                control,
                treatment,
                count(cases, c -> !c.followUpComplete()));
        TrialAnalysis analysis = null;
        Message notAnalysable = null;
        try {
            analysis = TrialAnalysis.of(cases.stream()
                    .map(c -> new Observation(c.time(), c.event(), c.arm() == Arm.TREATMENT))
                    .toList());
        } catch (TrialAnalysis.Unanalysable unusable) {
            String key = "trials.results.notAnalysable." + unusable.gap().name();
            notAnalysable = Message.of(key);
        } catch (IllegalArgumentException unusable) {
            notAnalysable = Message.of("trials.results.notAnalysable.OTHER");
        }
        RiskComparison positive = null;
        if (trial.positiveOutcome() && control > 0 && treatment > 0) {
            positive = RiskComparison.of(
                    control,
                    count(cases, c -> c.arm() == Arm.CONTROL && c.positiveOutcome()),
                    treatment,
                    count(cases, c -> c.arm() == Arm.TREATMENT && c.positiveOutcome()));
        }
        SatisfactionOutcome satisfied = trial.satisfactionOutcome() ? satisfactionOutcome(cases) : null;
        return new Results(
                trial,
                flow,
                Balance.table(cases, control, treatment),
                cases,
                analysis,
                notAnalysable,
                positive,
                satisfied,
                trials.changes(person, trialId));
    }

    /** Satisfaction among the victims who answered, by arm; compared only once both arms have answers. */
    public static SatisfactionOutcome satisfactionOutcome(List<AnalysedCase> cases) {
        int control = count(cases, c -> c.arm() == Arm.CONTROL);
        int controlAnswered = count(cases, c -> c.arm() == Arm.CONTROL && c.satisfied() != null);
        int treatmentAnswered = count(cases, c -> c.arm() == Arm.TREATMENT && c.satisfied() != null);
        RiskComparison comparison = controlAnswered == 0 || treatmentAnswered == 0
                ? null
                : RiskComparison.of(
                        controlAnswered,
                        count(cases, c -> c.arm() == Arm.CONTROL && Boolean.TRUE.equals(c.satisfied())),
                        treatmentAnswered,
                        count(cases, c -> c.arm() == Arm.TREATMENT && Boolean.TRUE.equals(c.satisfied())));
        return new SatisfactionOutcome(control, controlAnswered, cases.size() - control, treatmentAnswered, comparison);
    }

    static int count(List<AnalysedCase> cases, Predicate<AnalysedCase> test) {
        return (int) cases.stream().filter(test).count();
    }
}
