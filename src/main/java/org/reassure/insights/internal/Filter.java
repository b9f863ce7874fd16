package org.reassure.insights.internal;

import java.sql.Date;
import java.time.YearMonth;

import org.reassure.identity.Unit;

/**
 * The figures a page shows: a unit (with every unit below it), a strand (null for all strands) and a period of
 * whole months.
 */
public record Filter(Unit unit, String strand, YearMonth from, YearMonth to) {

    public int months() {
        return monthsBetween(from, to);
    }

    /** The strand as the read model keys it: {@code *} for all strands. */
    public String strandKey() {
        return strand == null ? "*" : strand;
    }

    public Date fromDate() {
        return Date.valueOf(from.atDay(1));
    }

    public Date toDate() {
        return Date.valueOf(to.atDay(1));
    }

    /** Whole months from the first to the last, both counted. */
    public static int monthsBetween(YearMonth from, YearMonth to) {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }
}
