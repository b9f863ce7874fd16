package org.reassure.trials.internal.statistics;

import java.util.List;

/**
 * Every estimate of a two-arm trial of time to an event, by intention to treat: counts and risks, the
 * Kaplan-Meier curve of each arm, the log-rank test and the Cox hazard ratio.
 *
 * @param cox {@code null} when the hazard ratio has no finite estimate (all events in one arm)
 */
public record TrialAnalysis(
        RiskComparison risks, KaplanMeier control, KaplanMeier treatment, LogRank logRank, CoxModel cox) {

    /** Why data cannot be analysed (yet). */
    public enum Gap {
        NO_CONTROL_CASES("the control arm has no cases"),
        NO_TREATMENT_CASES("the treatment arm has no cases"),
        NO_EVENTS("there are no events in either arm, so there is nothing to compare");

        private final String words;

        Gap(String words) {
            this.words = words;
        }
    }

    /** Data the methods cannot use, with the gap that stops them (its message says it in English, for the command line). */
    public static final class Unanalysable extends IllegalArgumentException {

        private final Gap gap;

        Unanalysable(Gap gap) {
            super(gap.words);
            this.gap = gap;
        }

        public Gap gap() {
            return gap;
        }
    }

    /** Analyses the observations; refuses data the methods cannot use, saying why. */
    public static TrialAnalysis of(List<Observation> observations) {
        List<Observation> control =
                observations.stream().filter(o -> !o.treatment()).toList();
        List<Observation> treatment =
                observations.stream().filter(Observation::treatment).toList();
        if (control.isEmpty()) {
            throw new Unanalysable(Gap.NO_CONTROL_CASES);
        }
        if (treatment.isEmpty()) {
            throw new Unanalysable(Gap.NO_TREATMENT_CASES);
        }
        int controlEvents = (int) control.stream().filter(Observation::event).count();
        int treatmentEvents =
                (int) treatment.stream().filter(Observation::event).count();
        if (controlEvents + treatmentEvents == 0) {
            throw new Unanalysable(Gap.NO_EVENTS);
        }
        return new TrialAnalysis(
                RiskComparison.of(control.size(), controlEvents, treatment.size(), treatmentEvents),
                KaplanMeier.of(control),
                KaplanMeier.of(treatment),
                LogRank.of(observations),
                CoxModel.fit(observations));
    }
}
