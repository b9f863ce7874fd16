package org.reassure.trials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.reassure.casework.Channel;
import org.reassure.platform.Message;

/**
 * One row of the balance table: a characteristic at enrolment with its count in each arm.
 *
 * @param value a {@link Message} for a strand, a way of reporting or an answer; a unit's code as it is
 */
public record Balance(Message group, Object value, int control, int treatment, int controlTotal, int treatmentTotal) {

    /** Strands with a name in the bundles; another strand (added to the catalogue later) shows as its code in words. */
    private static final Set<String> NAMED_STRANDS = Set.of(
            "RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER", "ALTERNATIVE_SUBCULTURE", "SEX");

    public String controlPercent() {
        return percent(control, controlTotal);
    }

    public String treatmentPercent() {
        return percent(treatment, treatmentTotal);
    }

    static String percent(int count, int total) {
        return total == 0 ? "–" : Math.round(100.0 * count / total) + "%";
    }

    /** The rows: each strand, unit and way of reporting seen among the cases, and repeat victims. */
    static List<Balance> table(List<TrialResults.AnalysedCase> cases, int control, int treatment) {
        List<Balance> rows = new ArrayList<>();
        Set<String> strands = new TreeSet<>();
        cases.forEach(c -> strands.addAll(List.of(c.strands().split("\\+"))));
        strands.remove("");
        strands.forEach(strand -> rows.add(row(
                "strand",
                NAMED_STRANDS.contains(strand) ? label("trials.results.balance.strand.", strand) : words(strand),
                cases,
                c -> List.of(c.strands().split("\\+")).contains(strand),
                control,
                treatment)));
        new TreeSet<>(cases.stream().map(TrialResults.AnalysedCase::unitCode).toList())
                .forEach(unit ->
                        rows.add(row("unit", unit, cases, c -> c.unitCode().equals(unit), control, treatment)));
        new TreeSet<>(cases.stream().map(TrialResults.AnalysedCase::channel).toList())
                .forEach(channel -> rows.add(row(
                        "channel",
                        named(channel) ? label("trials.results.balance.channel.", channel) : words(channel),
                        cases,
                        c -> c.channel().equals(channel),
                        control,
                        treatment)));
        rows.add(row(
                "repeatVictim",
                Message.of("trials.results.balance.yes"),
                cases,
                TrialResults.AnalysedCase::repeatVictim,
                control,
                treatment));
        return rows;
    }

    private static Balance row(
            String group,
            Object value,
            List<TrialResults.AnalysedCase> cases,
            Predicate<TrialResults.AnalysedCase> has,
            int control,
            int treatment) {
        return new Balance(
                label("trials.results.balance.", group),
                value,
                TrialResults.count(cases, c -> c.arm() == Arm.CONTROL && has.test(c)),
                TrialResults.count(cases, c -> c.arm() == Arm.TREATMENT && has.test(c)),
                control,
                treatment);
    }

    private static Message label(String prefix, String code) {
        String key = prefix + code;
        return Message.of(key);
    }

    private static boolean named(String channel) {
        for (Channel each : Channel.values()) {
            if (each.name().equals(channel)) {
                return true;
            }
        }
        return false;
    }

    private static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
