package org.reassure.trials.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a trial, checked: what is asked, of which cases, in which arms, measured how. Pages read it from the
 * analyst's form (web's {@code TrialPlanValidator}); the demo and tests build it directly.
 *
 * @param controlRisk the risk of victim withdrawal expected with usual care (a proportion)
 * @param hopedRisk   the risk hoped for with the intervention, the effect the target size must detect
 */
public record TrialPlan(
        String name,
        String question,
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
        double significance) {

    static final String INTERVENTION = "SECONDARY_REASSURANCE";

    public TrialPlan {
        strands = List.copyOf(strands);
        unitCodes = List.copyOf(unitCodes);
        channels = List.copyOf(channels);
    }

    /** What differs between the trial and this plan, a line a field, for the record of plan changes. */
    List<PlanChanges.Line> differencesFrom(Trial trial) {
        List<PlanChanges.Line> lines = new ArrayList<>();
        differs(lines, "name", trial.name(), name);
        differs(lines, "question", trial.question(), question);
        differs(lines, "strands", String.join(", ", trial.strands()), String.join(", ", strands));
        differs(lines, "units", String.join(", ", trial.unitCodes()), String.join(", ", unitCodes));
        differs(lines, "channels", String.join(", ", trial.channels()), String.join(", ", channels));
        differs(lines, "period", trial.periodFrom() + "/" + trial.periodTo(), periodFrom + "/" + periodTo);
        differs(lines, "allocationRatio", trial.allocationRatio(), controlRatio + " : " + treatmentRatio);
        differs(
                lines,
                "stratification",
                trial.stratifyUnit() + "/" + trial.stratifyStrand(),
                stratifyUnit + "/" + stratifyStrand);
        differs(lines, "followUpDays", String.valueOf(trial.followUpDays()), String.valueOf(followUpDays));
        differs(lines, "positiveOutcome", yesNo(trial.positiveOutcome()), yesNo(positiveOutcome));
        differs(lines, "satisfactionOutcome", yesNo(trial.satisfactionOutcome()), yesNo(satisfactionOutcome));
        differs(lines, "targetSize", String.valueOf(trial.targetSize()), String.valueOf(targetSize));
        differs(lines, "controlRisk", percentText(trial.controlRisk()) + "%", percentText(controlRisk) + "%");
        differs(lines, "hopedRisk", percentText(trial.hopedRisk()) + "%", percentText(hopedRisk) + "%");
        differs(lines, "significance", String.valueOf(trial.significance()), String.valueOf(significance));
        return lines;
    }

    private static void differs(List<PlanChanges.Line> lines, String field, String before, String after) {
        if (!before.equals(after)) {
            lines.add(new PlanChanges.Line(field, before, after));
        }
    }

    /** Whether the plan changes how cases are allocated, which cannot change once allocation has begun. */
    boolean changesAllocation(Trial trial) {
        return controlRatio != trial.controlRatio()
                || treatmentRatio != trial.treatmentRatio()
                || stratifyUnit != trial.stratifyUnit()
                || stratifyStrand != trial.stratifyStrand();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** A proportion as a percentage with at most two decimals, like 31 or 12.5. */
    public static String percentText(double proportion) {
        return BigDecimal.valueOf(proportion * 100)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
