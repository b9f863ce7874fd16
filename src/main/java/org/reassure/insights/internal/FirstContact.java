package org.reassure.insights.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reassure.platform.Message;

/**
 * Time from report to first contact, from the read model's histogram ({@code fch:N} keys: hourly for three days,
 * then daily to thirty days, then longer).
 */
final class FirstContact {

    private FirstContact() {}

    static List<Chart.Row> bands(Map<String, Long> totals) {
        long[] bands = new long[5];
        histogram(totals)
                .forEach((hours, n) ->
                        bands[hours < 24 ? 0 : hours < 48 ? 1 : hours < 72 ? 2 : hours < 168 ? 3 : 4] += n);
        return List.of(
                Chart.row(Message.of("insights.firstContact.band.day"), bands[0]),
                Chart.row(Message.of("insights.firstContact.band.twoDays"), bands[1]),
                Chart.row(Message.of("insights.firstContact.band.threeDays"), bands[2]),
                Chart.row(Message.of("insights.firstContact.band.week"), bands[3]),
                Chart.row(Message.of("insights.firstContact.band.longer"), bands[4]));
    }

    /** A percentile of the time to first contact, as the range of the histogram's bucket it falls in. */
    static Message percentile(Map<String, Long> totals, double p) {
        TreeMap<Integer, Long> histogram = histogram(totals);
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Message.of("insights.firstContact.notKnown");
        }
        long target = (long) Math.ceil(p * total);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= target) {
                int lower = bucket.getKey();
                if (lower >= 720) {
                    return Message.of("insights.firstContact.moreThanThirtyDays");
                }
                if (lower < 72) {
                    return Message.of("insights.firstContact.hours", lower, lower + 1);
                }
                return Message.of("insights.firstContact.days", lower / 24, (lower + 24) / 24);
            }
        }
        return Message.of("insights.firstContact.notKnown");
    }

    private static TreeMap<Integer, Long> histogram(Map<String, Long> totals) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        totals.forEach((key, n) -> {
            if (key.startsWith("fch:")) {
                histogram.merge(Integer.parseInt(key.substring(4)), n, Long::sum);
            }
        });
        return histogram;
    }
}
