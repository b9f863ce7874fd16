package org.reassure.trials.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.BindParam;

import org.reassure.trials.internal.Trial;
import org.reassure.trials.internal.TrialPlan;

/**
 * The plan form as the analyst typed it (to register a trial, or to change its plan with a reason), kept as text so
 * that a form with errors comes back as it was typed. Dates are GOV.UK date inputs ({@code from-day} ...); the
 * stratification and secondary outcomes are checkboxes ({@code stratify}: unit, strand; {@code outcomes}: positive,
 * satisfaction). {@link TrialPlanValidator} reads it into a {@link TrialPlan}.
 */
record TrialPlanForm(
        String name,
        String question,
        List<String> strands,
        List<String> units,
        List<String> channels,
        @BindParam("from-day") String fromDay,
        @BindParam("from-month") String fromMonth,
        @BindParam("from-year") String fromYear,
        @BindParam("to-day") String toDay,
        @BindParam("to-month") String toMonth,
        @BindParam("to-year") String toYear,
        String controlRatio,
        String treatmentRatio,
        List<String> stratify,
        String followUpDays,
        List<String> outcomes,
        String targetSize,
        String controlRisk,
        String hopedRisk,
        String significance,
        String reason) {

    TrialPlanForm {
        strands = strands == null ? List.of() : strands;
        units = units == null ? List.of() : units;
        channels = channels == null ? List.of() : channels;
        stratify = stratify == null ? List.of() : stratify;
        outcomes = outcomes == null ? List.of() : outcomes;
    }

    /** A new plan: 1 : 1, stratified by unit and strand, 90 days' follow-up, the positive outcome too, at the 0.05 level. */
    static TrialPlanForm blank() {
        return new TrialPlanForm(
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                "1",
                "1",
                List.of("unit", "strand"),
                "90",
                List.of("positive"),
                null,
                null,
                null,
                "0.05",
                null);
    }

    /** The form as the trial stands, to change it. */
    static TrialPlanForm of(Trial trial) {
        List<String> stratify = new ArrayList<>();
        if (trial.stratifyUnit()) {
            stratify.add("unit");
        }
        if (trial.stratifyStrand()) {
            stratify.add("strand");
        }
        List<String> outcomes = new ArrayList<>();
        if (trial.positiveOutcome()) {
            outcomes.add("positive");
        }
        if (trial.satisfactionOutcome()) {
            outcomes.add("satisfaction");
        }
        LocalDate from = trial.periodFrom();
        LocalDate to = trial.periodTo();
        return new TrialPlanForm(
                trial.name(),
                trial.question(),
                trial.strands(),
                trial.unitCodes(),
                trial.channels(),
                String.valueOf(from.getDayOfMonth()),
                String.valueOf(from.getMonthValue()),
                String.valueOf(from.getYear()),
                String.valueOf(to.getDayOfMonth()),
                String.valueOf(to.getMonthValue()),
                String.valueOf(to.getYear()),
                String.valueOf(trial.controlRatio()),
                String.valueOf(trial.treatmentRatio()),
                stratify,
                String.valueOf(trial.followUpDays()),
                outcomes,
                String.valueOf(trial.targetSize()),
                TrialPlan.percentText(trial.controlRisk()),
                TrialPlan.percentText(trial.hopedRisk()),
                BigDecimal.valueOf(trial.significance()).stripTrailingZeros().toPlainString(),
                null);
    }
}
