package org.reassure.trials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.ReassuranceContacts;
import org.reassure.casework.CaseProfile;
import org.reassure.casework.CaseProfiles;
import org.reassure.identity.StaffPrincipal;
import org.reassure.reporting.VictimSatisfaction;
import org.reassure.trials.statistics.Observation;
import org.reassure.trials.statistics.RiskComparison;
import org.reassure.trials.statistics.TrialAnalysis;

/**
 * The intention-to-treat analysis of a trial: every enrolled case in the arm it was allocated to, whether or
 * not it received the contact. Time runs in whole days from the recording decision (when the case was enrolled)
 * to victim withdrawal: a recorded withdrawal, or a Home Office outcome 14 or 16 (victim does not support
 * action), whichever came first; a case with neither is censored at the end of the follow-up window, or today
 * while the window is still open.
 */
@Service
public class TrialResults {

    static final Set<Integer> WITHDRAWAL_OUTCOMES = Set.of(14, 16);
    static final Set<Integer> POSITIVE_OUTCOMES = Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 22);

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

    /** One row of the balance table: a characteristic with its count in each arm. */
    public record Balance(
            String group, String value, int control, int treatment, int controlTotal, int treatmentTotal) {
        public String controlPercent() {
            return percent(control, controlTotal);
        }

        public String treatmentPercent() {
            return percent(treatment, treatmentTotal);
        }

        static String percent(int count, int total) {
            return total == 0 ? "–" : Math.round(100.0 * count / total) + "%";
        }
    }

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
            String notAnalysable,
            RiskComparison positiveOutcome,
            SatisfactionOutcome satisfaction,
            List<Trials.PlanChange> changes) {}

    private final Trials trials;
    private final Enrolments enrolments;
    private final CaseProfiles profiles;
    private final ReassuranceContacts contacts;
    private final VictimSatisfaction satisfaction;
    private final Clock clock;

    TrialResults(
            Trials trials,
            Enrolments enrolments,
            CaseProfiles profiles,
            ReassuranceContacts contacts,
            VictimSatisfaction satisfaction,
            Clock clock) {
        this.satisfaction = satisfaction;
        this.trials = trials;
        this.enrolments = enrolments;
        this.profiles = profiles;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Results of(StaffPrincipal person, long trialId) {
        Trial trial = trials.get(person, trialId);
        List<AnalysedCase> cases = analysedCases(trial);
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
        String notAnalysable = null;
        try {
            analysis = TrialAnalysis.of(cases.stream()
                    .map(c -> new Observation(c.time(), c.event(), c.arm() == Arm.TREATMENT))
                    .toList());
        } catch (IllegalArgumentException unusable) {
            notAnalysable = "The results cannot be estimated yet: " + unusable.getMessage() + ".";
        }
        RiskComparison positive = null;
        if (trial.positiveOutcome() && control > 0 && treatment > 0) {
            positive = RiskComparison.of(
                    control,
                    count(cases, c -> c.arm() == Arm.CONTROL && c.positiveOutcome()),
                    treatment,
                    count(cases, c -> c.arm() == Arm.TREATMENT && c.positiveOutcome()));
        }
        SatisfactionOutcome satisfied = null;
        if (trial.satisfactionOutcome()) {
            satisfied = satisfactionOutcome(cases);
        }
        return new Results(
                trial,
                flow,
                balance(cases, control, treatment),
                cases,
                analysis,
                notAnalysable,
                positive,
                satisfied,
                trials.changes(person, trialId));
    }

    static SatisfactionOutcome satisfactionOutcome(List<AnalysedCase> cases) {
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

    List<AnalysedCase> analysedCases(Trial trial) {
        List<Enrolments.Enrolment> enrolled = enrolments.forTrial(trial.id());
        Map<String, CaseProfile> byReference =
                profiles
                        .of(enrolled.stream()
                                .map(Enrolments.Enrolment::caseReference)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CaseProfile::reference, Function.identity()));
        Map<String, VictimSatisfaction.Answers> answers = satisfaction.of(byReference.keySet());
        Instant now = clock.instant();
        List<AnalysedCase> cases = new ArrayList<>();
        for (Enrolments.Enrolment enrolment : enrolled) {
            CaseProfile profile = byReference.get(enrolment.caseReference());
            if (profile == null) {
                continue;
            }
            Instant origin = profile.recordedAt() == null ? enrolment.enrolledAt() : profile.recordedAt();
            Instant windowEnd = origin.plus(Duration.ofDays(trial.followUpDays()));
            Instant withdrawal = withdrawal(profile);
            boolean event = withdrawal != null && !withdrawal.isAfter(windowEnd) && !withdrawal.isAfter(now);
            Instant end = event ? withdrawal : (windowEnd.isBefore(now) ? windowEnd : now);
            long days = Math.max(0, Duration.between(origin, end).toDays());
            boolean positive = profile.outcomeCode() != null
                    && POSITIVE_OUTCOMES.contains(profile.outcomeCode())
                    && profile.finalisedAt() != null
                    && !profile.finalisedAt().isAfter(windowEnd);
            cases.add(new AnalysedCase(
                    days,
                    event,
                    enrolment.arm(),
                    enrolment.stratum(),
                    enrolment.unitCode(),
                    enrolment.channel(),
                    enrolment.strands(),
                    enrolment.repeatVictim(),
                    event || !windowEnd.isAfter(now),
                    positive,
                    contacts.received(enrolment.caseReference()),
                    satisfied(answers.get(enrolment.caseReference()))));
        }
        return cases;
    }

    /** Whether the victim was satisfied overall; null when nobody answered for them (a witness's answers are not theirs). */
    private static Boolean satisfied(VictimSatisfaction.Answers answers) {
        return answers == null || !answers.respondent().speaksForVictim() ? null : answers.satisfied();
    }

    /** The first sign the victim withdrew: a recorded withdrawal, or an outcome 14 or 16. */
    static Instant withdrawal(CaseProfile profile) {
        Instant withdrawn = profile.withdrawnAt();
        if (profile.outcomeCode() != null
                && WITHDRAWAL_OUTCOMES.contains(profile.outcomeCode())
                && profile.finalisedAt() != null
                && (withdrawn == null || profile.finalisedAt().isBefore(withdrawn))) {
            withdrawn = profile.finalisedAt();
        }
        return withdrawn;
    }

    private static List<Balance> balance(List<AnalysedCase> cases, int control, int treatment) {
        List<Balance> rows = new ArrayList<>();
        Set<String> strands = new TreeSet<>();
        cases.forEach(c -> strands.addAll(List.of(c.strands().split("\\+"))));
        strands.remove("");
        strands.forEach(strand -> rows.add(row(
                "Strand",
                label(strand),
                cases,
                c -> List.of(c.strands().split("\\+")).contains(strand),
                control,
                treatment)));
        new TreeSet<>(cases.stream().map(AnalysedCase::unitCode).toList())
                .forEach(unit ->
                        rows.add(row("Unit", unit, cases, c -> c.unitCode().equals(unit), control, treatment)));
        new TreeSet<>(cases.stream().map(AnalysedCase::channel).toList())
                .forEach(channel -> rows.add(row(
                        "How it was reported",
                        label(channel),
                        cases,
                        c -> c.channel().equals(channel),
                        control,
                        treatment)));
        rows.add(row("Repeat victim", "Yes", cases, AnalysedCase::repeatVictim, control, treatment));
        return rows;
    }

    private static Balance row(
            String group,
            String value,
            List<AnalysedCase> cases,
            java.util.function.Predicate<AnalysedCase> has,
            int control,
            int treatment) {
        return new Balance(
                group,
                value,
                count(cases, c -> c.arm() == Arm.CONTROL && has.test(c)),
                count(cases, c -> c.arm() == Arm.TREATMENT && has.test(c)),
                control,
                treatment);
    }

    private static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static int count(List<AnalysedCase> cases, java.util.function.Predicate<AnalysedCase> test) {
        return (int) cases.stream().filter(test).count();
    }

    /** The analysis data as CSV: time,event,arm and the non-personal covariates; no reference, no person. */
    static String csv(List<AnalysedCase> cases) {
        StringBuilder csv = new StringBuilder(
                "time,event,arm,stratum,unit,channel,strands,repeat_victim,follow_up_complete,positive_outcome,received_src,satisfied\n");
        for (AnalysedCase c : cases) {
            csv.append(c.time())
                    .append(',')
                    .append(c.event() ? 1 : 0)
                    .append(',')
                    .append(c.arm().name().toLowerCase())
                    .append(',')
                    .append(quote(c.stratum()))
                    .append(',')
                    .append(c.unitCode())
                    .append(',')
                    .append(c.channel())
                    .append(',')
                    .append(c.strands())
                    .append(',')
                    .append(c.repeatVictim() ? 1 : 0)
                    .append(',')
                    .append(c.followUpComplete() ? 1 : 0)
                    .append(',')
                    .append(c.positiveOutcome() ? 1 : 0)
                    .append(',')
                    .append(c.receivedSrc() ? 1 : 0)
                    .append(',')
                    .append(c.satisfied() == null ? "" : c.satisfied() ? "1" : "0")
                    .append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static Map<String, String> methods() {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put(
                "Risk ratio",
                "Risk in the SRC arm divided by risk with usual care; 95% confidence interval by the log method");
        methods.put("Risk difference", "Risk in the SRC arm minus risk with usual care; 95% Wald confidence interval");
        methods.put(
                "Hazard ratio",
                "Cox proportional hazards model, Efron handling of tied times, Wald 95% interval and p (as R coxph)");
        methods.put("Log-rank test", "Chi-square with 1 degree of freedom (as R survdiff)");
        methods.put(
                "Victim satisfaction",
                "Satisfied (completely, very or fairly) among victims who answered the survey in each arm; "
                        + "risk ratio and difference as above. Only victims who answer are counted, so the response in each arm is shown with it");
        methods.put("Kaplan-Meier", "Greenwood variance, 95% interval on the log scale, median as R survfit");
        return methods;
    }
}
