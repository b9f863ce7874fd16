package org.reassure.insights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reassure.platform.Message;

/** The dashboard's headline figures, each with what it counts, from the read model's totals for a filter. */
final class Headlines {

    private Headlines() {}

    /** A headline figure with its explanation; the value is a figure as shown, or a message when there is none. */
    public record Headline(Message label, Object value, Message detail) {}

    static List<Headline> of(Map<String, Long> t, long contacted, long answered) {
        long cases = t.getOrDefault("cases", 0L);
        long finalised = t.getOrDefault("finalised", 0L);
        long charged = t.getOrDefault("outcome:1", 0L);
        long withdrawn = t.getOrDefault("withdrawn", 0L);
        long positive = t.getOrDefault("positive", 0L);
        long satisfied = t.getOrDefault("satisfied", 0L);
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline(
                "cases",
                String.format("%,d", cases),
                Message.of(
                        "insights.headline.cases.detail", t.getOrDefault("crime", 0L), t.getOrDefault("multi", 0L))));
        headlines.add(headline(
                "charge",
                percent(charged, finalised),
                Message.of("insights.headline.charge.detail", charged, finalised)));
        headlines.add(headline(
                "positive",
                percent(positive, finalised),
                Message.of("insights.headline.positive.detail", positive, finalised)));
        headlines.add(headline(
                "withdrawal",
                percent(withdrawn, finalised),
                Message.of("insights.headline.withdrawal.detail", withdrawn, finalised)));
        headlines.add(
                contacted == 0
                        ? headline(
                                "firstContact",
                                Message.of("insights.headline.firstContact.none"),
                                Message.of("insights.headline.firstContact.noneDetail"))
                        : headline(
                                "firstContact",
                                Message.of("insights.headline.firstContact.median", FirstContact.percentile(t, 0.5)),
                                Message.of(
                                        "insights.headline.firstContact.detail",
                                        FirstContact.percentile(t, 0.9),
                                        contacted)));
        long repeat = t.getOrDefault("repeat", 0L);
        headlines.add(
                headline("repeat", percent(repeat, cases), Message.of("insights.headline.repeat.detail", repeat)));
        long src = t.getOrDefault("src", 0L);
        headlines.add(headline("src", percent(src, cases), Message.of("insights.headline.src.detail", src)));
        headlines.add(
                answered == 0
                        ? headline(
                                "satisfaction",
                                Message.of("insights.headline.satisfaction.none"),
                                Message.of("insights.headline.satisfaction.noneDetail"))
                        : headline(
                                "satisfaction",
                                percent(satisfied, answered),
                                Message.of("insights.headline.satisfaction.detail", satisfied, answered)));
        return headlines;
    }

    private static Headline headline(String name, Object value, Message detail) {
        String labelKey = "insights.headline." + name + ".label";
        return new Headline(Message.of(labelKey), value, detail);
    }

    /** A share to one decimal place ("12.5%"), or "None yet" when there is nothing to take a share of. */
    static Object percent(long part, long whole) {
        if (whole == 0) {
            return Message.of("insights.percent.none");
        }
        return String.format("%.1f%%", part * 100.0 / whole);
    }
}
