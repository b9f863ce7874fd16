package org.reassure.synthetic.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.reassure.care.Rule;
import org.reassure.care.RuleSet;
import org.reassure.platform.Formats;

/**
 * When a victim care clock is due, as victim care works it out: under the rule set in force on the day the clock
 * starts, in hours, days, working days (England and Wales bank holidays excluded) or months. Times are epoch seconds.
 */
final class RuleClock {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final List<RuleSet> ruleSets;
    private final Set<LocalDate> holidays;

    RuleClock(List<RuleSet> ruleSets, Set<LocalDate> holidays) {
        this.ruleSets = ruleSets;
        this.holidays = holidays;
    }

    /** The rule set in force at {@code at}, or the earliest one for a time before any. */
    RuleSet ruleSet(long at) {
        LocalDate day = Instant.ofEpochSecond(at).atZone(Formats.UK).toLocalDate();
        RuleSet earliest = null;
        for (RuleSet set : ruleSets) {
            if (!day.isBefore(set.effectiveFrom()) && (set.effectiveTo() == null || day.isBefore(set.effectiveTo()))) {
                return set;
            }
            if (earliest == null || set.effectiveFrom().isBefore(earliest.effectiveFrom())) {
                earliest = set;
            }
        }
        return earliest;
    }

    /** When a clock started at {@code start} under the rule {@code ruleCode} of the set in force then is due. */
    long due(String ruleCode, long start) {
        return due(ruleSet(start).rule(ruleCode), start);
    }

    /** When a clock started at {@code start} is due under {@code rule}. */
    long due(Rule rule, long start) {
        Instant from = Instant.ofEpochSecond(start);
        return switch (rule.unit()) {
            case HOURS -> start + 3600L * rule.amount();
            case DAYS -> from.atZone(Formats.UK).plusDays(rule.amount()).toEpochSecond();
            case WORKING_DAYS -> {
                LocalDate day = from.atZone(Formats.UK).toLocalDate();
                int counted = 0;
                while (counted < rule.amount()) {
                    day = day.plusDays(1);
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY
                            && day.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !holidays.contains(day)) {
                        counted++;
                    }
                }
                yield day.atTime(END_OF_DAY).atZone(Formats.UK).toEpochSecond();
            }
            case MONTHS ->
                from.atZone(Formats.UK)
                        .toLocalDate()
                        .plusMonths(rule.amount())
                        .atTime(END_OF_DAY)
                        .atZone(Formats.UK)
                        .toEpochSecond();
        };
    }
}
