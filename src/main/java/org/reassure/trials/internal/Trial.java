package org.reassure.trials.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.reassure.platform.Message;
import org.reassure.trials.internal.statistics.TwoProportionsPower;

/**
 * A trial as registered: its plan and where it stands.
 *
 * @param controlRisk the risk of victim withdrawal expected with usual care (a proportion)
 * @param hopedRisk   the risk hoped for with the intervention, the effect the target size must detect
 */
public record Trial(
        long id,
        String name,
        String question,
        String intervention,
        TrialStatus status,
        List<String> strands,
        List<String> unitCodes,
        List<String> channels,
        LocalDate periodFrom,
        LocalDate periodTo,
        int controlRatio,
        int treatmentRatio,
        boolean stratifyUnit,
        boolean stratifyStrand,
        int followUpDays,
        boolean positiveOutcome,
        boolean satisfactionOutcome,
        int targetSize,
        double controlRisk,
        double hopedRisk,
        double significance,
        String createdBy,
        Instant createdAt,
        String startedBy,
        Instant startedAt,
        Instant stoppedAt) {

    /** Once started, the plan changes only with a recorded reason. */
    public boolean locked() {
        return status != TrialStatus.DRAFT;
    }

    /**
     * The power of the target size, split between the arms by the allocation ratio, to detect the hoped-for effect
     * (two-sided normal approximation; with a 1 : 1 ratio exactly R's power.prop.test).
     */
    public double power() {
        double total = controlRatio + treatmentRatio;
        return TwoProportionsPower.power(
                targetSize * controlRatio / total,
                targetSize * treatmentRatio / total,
                controlRisk,
                hopedRisk,
                significance);
    }

    /** Cases needed in all for 80% power, in whole allocation blocks of the ratio (1 : 1: R power.prop.test, rounded up per arm). */
    public long casesFor80Percent() {
        return (controlRatio + treatmentRatio)
                * TwoProportionsPower.blocksFor(
                        controlRatio, treatmentRatio, controlRisk, hopedRisk, significance, 0.8);
    }

    public String controlRiskPercent() {
        return TrialPlan.percentText(controlRisk);
    }

    public String hopedRiskPercent() {
        return TrialPlan.percentText(hopedRisk);
    }

    /** The secondary outcomes in the plan. */
    public List<Message> secondaryOutcomes() {
        List<Message> outcomes = new ArrayList<>();
        if (positiveOutcome) {
            outcomes.add(Message.of("trials.outcome.positive"));
        }
        if (satisfactionOutcome) {
            outcomes.add(Message.of("trials.outcome.satisfaction"));
        }
        return outcomes;
    }

    public String allocationRatio() {
        return controlRatio + " : " + treatmentRatio;
    }

    public Message stratification() {
        if (stratifyUnit && stratifyStrand) {
            return Message.of("trials.stratification.both");
        }
        return Message.of(
                stratifyUnit
                        ? "trials.stratification.unit"
                        : stratifyStrand ? "trials.stratification.strand" : "trials.stratification.none");
    }

    /** The significance level as the plan gives it, like 0.05. */
    public String significanceText() {
        return String.valueOf(significance);
    }
}
