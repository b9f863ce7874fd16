package org.reassure.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One published version of the entitlement rules, in force from {@code effectiveFrom} until the day before {@code effectiveTo}. */
public record RuleSet(
        long id,
        int version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String description,
        String publishedBy,
        Instant publishedAt,
        Map<String, Rule> rules) {

    public Rule rule(String code) {
        Rule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalStateException("Rule set " + version + " has no rule " + code);
        }
        return rule;
    }

    /** The last day the set is in force, or null while it has no end. */
    public LocalDate lastDay() {
        return effectiveTo == null ? null : effectiveTo.minusDays(1);
    }
}
