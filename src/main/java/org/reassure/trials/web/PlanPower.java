package org.reassure.trials.web;

import java.util.Locale;

import org.reassure.platform.Message;
import org.reassure.trials.internal.statistics.TwoProportionsPower;

/** The power of what the plan form says, shown beside the target size once it can be worked out. */
final class PlanPower {

    private PlanPower() {}

    /** The power and the cases needed for 80%, in words; null while the form does not give enough to work them out. */
    static Message of(TrialPlanForm form) {
        try {
            double control = Double.parseDouble(form.controlRisk().trim()) / 100;
            double hoped = Double.parseDouble(form.hopedRisk().trim()) / 100;
            double significance = Double.parseDouble(form.significance().trim());
            int target = Integer.parseInt(form.targetSize().trim());
            int controlRatio = Integer.parseInt(form.controlRatio().trim());
            int treatmentRatio = Integer.parseInt(form.treatmentRatio().trim());
            double controlCases = (double) target * controlRatio / (controlRatio + treatmentRatio);
            double treatmentCases = target - controlCases;
            double power = TwoProportionsPower.power(controlCases, treatmentCases, control, hoped, significance);
            long needed = (controlRatio + treatmentRatio)
                    * TwoProportionsPower.blocksFor(controlRatio, treatmentRatio, control, hoped, significance, 0.8);
            return Message.of(
                    "trials.form.power",
                    String.valueOf(target),
                    whole(controlCases),
                    whole(treatmentCases),
                    whole(power * 100),
                    form.controlRisk().trim(),
                    form.hopedRisk().trim(),
                    form.significance().trim(),
                    String.valueOf(needed));
        } catch (RuntimeException incomplete) {
            return null;
        }
    }

    private static String whole(double value) {
        return String.format(Locale.UK, "%.0f", value);
    }
}
