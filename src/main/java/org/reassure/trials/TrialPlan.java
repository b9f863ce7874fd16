package org.reassure.trials;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.reassure.casework.Channel;
import org.reassure.platform.FormErrors;

/**
 * The plan of a trial as an analyst enters it: what is asked, of which cases, in which arms, measured how.
 * Read from a form with one message per field that is wrong, in GOV.UK style.
 */
record TrialPlan(
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

    /** Reads and checks the form against the strands and units that exist; throws InvalidInput listing every problem. */
    static TrialPlan read(MultiValueMap<String, String> form, Set<String> knownStrands, Set<String> knownUnits) {
        FormErrors errors = new FormErrors();
        String name = text(form, "name", 200, "Enter a name for the trial", errors);
        String question = text(form, "question", 2000, "Enter the question the trial answers", errors);
        List<String> strands = values(form, "strands");
        strands.stream()
                .filter(code -> !knownStrands.contains(code))
                .findFirst()
                .ifPresent(code -> errors.add("strands", "There is no strand " + code));
        List<String> units = values(form, "units");
        units.stream()
                .filter(code -> !knownUnits.contains(code))
                .findFirst()
                .ifPresent(code -> errors.add("units", "There is no unit " + code));
        List<String> channels = values(form, "channels");
        for (String channel : channels) {
            try {
                Channel.valueOf(channel);
            } catch (IllegalArgumentException unknown) {
                errors.add("channels", "There is no way of reporting " + channel);
            }
        }
        LocalDate from = date(form, "from", "the first day cases are enrolled", errors);
        LocalDate to = date(form, "to", "the last day cases are enrolled", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The last day must be the same as or after the first day");
        }
        int controlRatio = whole(
                form,
                "controlRatio",
                1,
                5,
                "Enter the usual care share of the allocation ratio, a whole number from 1 to 5",
                errors);
        int treatmentRatio = whole(
                form,
                "treatmentRatio",
                1,
                5,
                "Enter the SRC share of the allocation ratio, a whole number from 1 to 5",
                errors);
        int followUp = whole(
                form,
                "followUpDays",
                1,
                730,
                "Enter the follow-up window in days, a whole number from 1 to 730",
                errors);
        int target = whole(
                form,
                "targetSize",
                4,
                100000,
                "Enter the target number of cases, a whole number from 4 to 100000",
                errors);
        double controlRisk = percent(
                form,
                "controlRisk",
                "Enter the withdrawal risk expected with usual care, as a percentage between 1 and 99",
                errors);
        double hopedRisk = percent(
                form,
                "hopedRisk",
                "Enter the withdrawal risk hoped for with SRC, as a percentage between 1 and 99",
                errors);
        if (controlRisk > 0 && hopedRisk > 0 && Math.abs(controlRisk - hopedRisk) < 1e-9) {
            errors.add("hopedRisk", "The risk hoped for with SRC must differ from the risk with usual care");
        }
        double significance = 0.05;
        String level = form.getFirst("significance");
        if (level != null && !level.isBlank()) {
            try {
                significance = new BigDecimal(level.trim()).doubleValue();
            } catch (NumberFormatException notNumber) {
                significance = -1;
            }
            if (!(significance > 0 && significance < 0.5)) {
                errors.add(
                        "significance", "Enter the significance level as a number between 0 and 0.5, for example 0.05");
            }
        }
        errors.throwIfAny();
        return new TrialPlan(
                name,
                question,
                strands,
                units,
                channels,
                from,
                to,
                controlRatio,
                treatmentRatio,
                form.containsKey("stratifyUnit"),
                form.containsKey("stratifyStrand"),
                followUp,
                form.containsKey("positiveOutcome"),
                form.containsKey("satisfactionOutcome"),
                target,
                controlRisk,
                hopedRisk,
                significance);
    }

    /** The form as the trial stands, to edit it. */
    static MultiValueMap<String, String> formOf(Trial trial) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", trial.name());
        form.add("question", trial.question());
        trial.strands().forEach(code -> form.add("strands", code));
        trial.unitCodes().forEach(code -> form.add("units", code));
        trial.channels().forEach(code -> form.add("channels", code));
        putDate(form, "from", trial.periodFrom());
        putDate(form, "to", trial.periodTo());
        form.add("controlRatio", String.valueOf(trial.controlRatio()));
        form.add("treatmentRatio", String.valueOf(trial.treatmentRatio()));
        if (trial.stratifyUnit()) {
            form.add("stratifyUnit", "true");
        }
        if (trial.stratifyStrand()) {
            form.add("stratifyStrand", "true");
        }
        form.add("followUpDays", String.valueOf(trial.followUpDays()));
        if (trial.positiveOutcome()) {
            form.add("positiveOutcome", "true");
        }
        if (trial.satisfactionOutcome()) {
            form.add("satisfactionOutcome", "true");
        }
        form.add("targetSize", String.valueOf(trial.targetSize()));
        form.add("controlRisk", percentText(trial.controlRisk()));
        form.add("hopedRisk", percentText(trial.hopedRisk()));
        form.add(
                "significance",
                BigDecimal.valueOf(trial.significance()).stripTrailingZeros().toPlainString());
        return form;
    }

    /** What differs between the trial and this plan, one line a field, for the record of plan changes. */
    List<String> differencesFrom(Trial trial) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("Name", new String[] {trial.name(), name});
        fields.put("Question", new String[] {trial.question(), question});
        fields.put("Strands", new String[] {String.join(", ", trial.strands()), String.join(", ", strands)});
        fields.put("Units", new String[] {String.join(", ", trial.unitCodes()), String.join(", ", unitCodes)});
        fields.put(
                "Ways of reporting", new String[] {String.join(", ", trial.channels()), String.join(", ", channels)});
        fields.put(
                "Enrolment period",
                new String[] {trial.periodFrom() + " to " + trial.periodTo(), periodFrom + " to " + periodTo});
        fields.put("Allocation ratio", new String[] {trial.allocationRatio(), controlRatio + " : " + treatmentRatio});
        fields.put("Stratification", new String[] {
            trial.stratifyUnit() + "/" + trial.stratifyStrand(), stratifyUnit + "/" + stratifyStrand
        });
        fields.put(
                "Follow-up window (days)",
                new String[] {String.valueOf(trial.followUpDays()), String.valueOf(followUpDays)});
        fields.put(
                "Positive outcome as a secondary outcome",
                new String[] {yesNo(trial.positiveOutcome()), yesNo(positiveOutcome)});
        fields.put(
                "Victim satisfaction as a secondary outcome",
                new String[] {yesNo(trial.satisfactionOutcome()), yesNo(satisfactionOutcome)});
        fields.put("Target size", new String[] {String.valueOf(trial.targetSize()), String.valueOf(targetSize)});
        fields.put(
                "Expected risk with usual care",
                new String[] {percentText(trial.controlRisk()) + "%", percentText(controlRisk) + "%"});
        fields.put(
                "Risk hoped for with SRC",
                new String[] {percentText(trial.hopedRisk()) + "%", percentText(hopedRisk) + "%"});
        fields.put(
                "Significance level",
                new String[] {String.valueOf(trial.significance()), String.valueOf(significance)});
        List<String> lines = new ArrayList<>();
        fields.forEach((field, values) -> {
            if (!values[0].equals(values[1])) {
                lines.add(field + ": " + values[0] + " → " + values[1]);
            }
        });
        return lines;
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

    static String percentText(double proportion) {
        return BigDecimal.valueOf(proportion * 100)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void putDate(MultiValueMap<String, String> form, String field, LocalDate date) {
        form.add(field + "-day", String.valueOf(date.getDayOfMonth()));
        form.add(field + "-month", String.valueOf(date.getMonthValue()));
        form.add(field + "-year", String.valueOf(date.getYear()));
    }

    private static List<String> values(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null
                ? List.of()
                : values.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .map(value -> value.trim().toUpperCase())
                        .distinct()
                        .sorted()
                        .toList();
    }

    private static String text(
            MultiValueMap<String, String> form, String field, int max, String missing, FormErrors errors) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(field, "Use " + max + " characters or fewer");
        }
        return value.strip();
    }

    private static int whole(
            MultiValueMap<String, String> form, String field, int min, int max, String message, FormErrors errors) {
        try {
            int value = Integer.parseInt(String.valueOf(form.getFirst(field)).trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notNumber) {
            // the message below says what is wanted
        }
        errors.add(field, message);
        return 0;
    }

    private static double percent(MultiValueMap<String, String> form, String field, String message, FormErrors errors) {
        try {
            double value =
                    new BigDecimal(String.valueOf(form.getFirst(field)).trim().replace("%", "")).doubleValue();
            if (value >= 1 && value <= 99) {
                return value / 100;
            }
        } catch (NumberFormatException notNumber) {
            // the message below says what is wanted
        }
        errors.add(field, message);
        return 0;
    }

    private static LocalDate date(MultiValueMap<String, String> form, String field, String what, FormErrors errors) {
        try {
            return LocalDate.of(
                    Integer.parseInt(
                            String.valueOf(form.getFirst(field + "-year")).trim()),
                    Integer.parseInt(
                            String.valueOf(form.getFirst(field + "-month")).trim()),
                    Integer.parseInt(
                            String.valueOf(form.getFirst(field + "-day")).trim()));
        } catch (NumberFormatException | DateTimeException notDate) {
            errors.add(field, "Enter " + what + " as a real date, for example 1 12 2026");
            return null;
        }
    }
}
