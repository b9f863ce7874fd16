package org.reassure.care;

import java.io.Serializable;
import java.time.Instant;

import org.reassure.platform.Formats;
import org.reassure.platform.Message;

/**
 * One entitlement: a limit of {@code amount} {@code unit}s, named by a code such as VICTIMS_CODE_DECISION_ENHANCED.
 * A rule that is not {@code enabled} is switched off by the force (only what Reassure sends, the NOTIFY_* rules, can
 * be).
 */
public record Rule(String code, int amount, RuleUnit unit, boolean enabled) implements Serializable {

    /** A rule that is on. */
    public Rule(String code, int amount, RuleUnit unit) {
        this(code, amount, unit, true);
    }

    /** Whether a force may switch this rule off: the messages Reassure sends through GOV.UK Notify. */
    public static boolean canBeSwitchedOff(String code) {
        return code.startsWith("NOTIFY_");
    }

    /** When a clock started at {@code start} under this rule is due. */
    public Instant dueFrom(Instant start, WorkingDays workingDays) {
        return switch (unit) {
            case HOURS -> start.plusSeconds(3600L * amount);
            case DAYS -> start.atZone(Formats.UK).plusDays(amount).toInstant();
            case WORKING_DAYS -> workingDays.endOfWorkingDayAfter(start, amount);
            case MONTHS ->
                start.atZone(Formats.UK)
                        .toLocalDate()
                        .plusMonths(amount)
                        .atTime(WorkingDays.END_OF_DAY)
                        .atZone(Formats.UK)
                        .toInstant();
        };
    }

    /** The limit as people read it: "24 hours", "1 working day". */
    public Message describe() {
        String key = "care.field.limit." + unit.name();
        return Message.of(key, amount);
    }
}
