package org.reassure.trials.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.reassure.casework.Channel;
import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;
import org.reassure.trials.internal.TrialPlan;

/**
 * Checks the plan form, a message for each field that is wrong in GOV.UK style, against the strands and units that
 * exist, and reads it into a {@link TrialPlan}.
 */
@Component
class TrialPlanValidator {

    private final Strands strands;
    private final Units units;

    TrialPlanValidator(Strands strands, Units units) {
        this.strands = strands;
        this.units = units;
    }

    /** The plan the form gives; throws InvalidInput listing every problem, in the order of the form. */
    TrialPlan plan(TrialPlanForm form) {
        FormErrors errors = new FormErrors();
        String name = text(form.name(), "name", 200, "trials.plan.name.missing", errors);
        String question = text(form.question(), "question", 2000, "trials.plan.question.missing", errors);
        Set<String> knownStrands =
                strands.active().stream().map(Strands.StrandInfo::code).collect(Collectors.toSet());
        List<String> strandCodes = codes(form.strands());
        strandCodes.stream()
                .filter(code -> !knownStrands.contains(code))
                .findFirst()
                .ifPresent(code -> errors.add("strands", "trials.plan.strands.unknown", code));
        Set<String> knownUnits = units.all().stream().map(Unit::code).collect(Collectors.toSet());
        List<String> unitCodes = codes(form.units());
        unitCodes.stream()
                .filter(code -> !knownUnits.contains(code))
                .findFirst()
                .ifPresent(code -> errors.add("units", "trials.plan.units.unknown", code));
        List<String> channels = codes(form.channels());
        for (String channel : channels) {
            try {
                Channel.valueOf(channel);
            } catch (IllegalArgumentException unknown) {
                errors.add("channels", "trials.plan.channels.unknown", channel);
            }
        }
        LocalDate from =
                date(form.fromDay(), form.fromMonth(), form.fromYear(), "from", "trials.plan.from.invalid", errors);
        LocalDate to = date(form.toDay(), form.toMonth(), form.toYear(), "to", "trials.plan.to.invalid", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "trials.plan.to.beforeFrom");
        }
        int controlRatio = whole(form.controlRatio(), "controlRatio", 1, 5, "trials.plan.controlRatio.invalid", errors);
        int treatmentRatio =
                whole(form.treatmentRatio(), "treatmentRatio", 1, 5, "trials.plan.treatmentRatio.invalid", errors);
        int followUp = whole(form.followUpDays(), "followUpDays", 1, 730, "trials.plan.followUpDays.invalid", errors);
        int target = whole(form.targetSize(), "targetSize", 4, 100_000, "trials.plan.targetSize.invalid", errors);
        double controlRisk = percent(form.controlRisk(), "controlRisk", "trials.plan.controlRisk.invalid", errors);
        double hopedRisk = percent(form.hopedRisk(), "hopedRisk", "trials.plan.hopedRisk.invalid", errors);
        if (controlRisk > 0 && hopedRisk > 0 && Math.abs(controlRisk - hopedRisk) < 1e-9) {
            errors.add("hopedRisk", "trials.plan.hopedRisk.same");
        }
        double significance = significance(form.significance(), errors);
        errors.throwIfAny();
        return new TrialPlan(
                name,
                question,
                strandCodes,
                unitCodes,
                channels,
                from,
                to,
                controlRatio,
                treatmentRatio,
                form.stratify().contains("unit"),
                form.stratify().contains("strand"),
                followUp,
                form.outcomes().contains("positive"),
                form.outcomes().contains("satisfaction"),
                target,
                controlRisk,
                hopedRisk,
                significance);
    }

    private static List<String> codes(List<String> values) {
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.trim().toUpperCase())
                .distinct()
                .sorted()
                .toList();
    }

    private static String text(String value, String field, int max, String missing, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(field, "trials.plan.tooLong", String.valueOf(max));
        }
        return value.strip();
    }

    private static int whole(String value, String field, int min, int max, String invalid, FormErrors errors) {
        try {
            int number = Integer.parseInt(String.valueOf(value).trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // the message below says what is wanted
        }
        errors.add(field, invalid);
        return 0;
    }

    private static double percent(String value, String field, String invalid, FormErrors errors) {
        try {
            double number = new BigDecimal(String.valueOf(value).trim().replace("%", "")).doubleValue();
            if (number >= 1 && number <= 99) {
                return number / 100;
            }
        } catch (NumberFormatException notNumber) {
            // the message below says what is wanted
        }
        errors.add(field, invalid);
        return 0;
    }

    private static double significance(String level, FormErrors errors) {
        if (level == null || level.isBlank()) {
            return 0.05;
        }
        double significance;
        try {
            significance = new BigDecimal(level.trim()).doubleValue();
        } catch (NumberFormatException notNumber) {
            significance = -1;
        }
        if (!(significance > 0 && significance < 0.5)) {
            errors.add("significance", "trials.plan.significance.invalid");
        }
        return significance;
    }

    private static LocalDate date(
            String day, String month, String year, String field, String invalid, FormErrors errors) {
        try {
            return LocalDate.of(
                    Integer.parseInt(String.valueOf(year).trim()),
                    Integer.parseInt(String.valueOf(month).trim()),
                    Integer.parseInt(String.valueOf(day).trim()));
        } catch (NumberFormatException | DateTimeException notDate) {
            errors.add(field, invalid);
            return null;
        }
    }
}
