package org.reassure.insights.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import org.reassure.casework.Catalogues;
import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.platform.Message;
import org.reassure.reporting.Satisfaction;

/** The dashboard: its headline figures, its charts and the Victims' Code rules, for one filter. */
@Service
public class Figures {

    /** The Home Office offence groups, in the order of the return. */
    static final List<String> OFFENCE_GROUPS = List.of(
            "PUBLIC_ORDER",
            "VIOLENCE_AGAINST_THE_PERSON",
            "STALKING_HARASSMENT",
            "CRIMINAL_DAMAGE_ARSON",
            "THEFT",
            "SEXUAL",
            "OTHER");

    /** The channels shown one by one under "How reports reached us", after online, anonymous, centre and kiosk. */
    private static final List<String> OTHER_CHANNELS = List.of("ONLINE", "PHONE", "FRONT_COUNTER", "HOME_VISIT");

    private final Cube cube;
    private final StatisticsAccess access;
    private final Strands strands;
    private final Catalogues catalogues;

    Figures(Cube cube, StatisticsAccess access, Strands strands, Catalogues catalogues) {
        this.cube = cube;
        this.access = access;
        this.strands = strands;
        this.catalogues = catalogues;
    }

    /** How many of a Victims' Code rule's care tasks fell due, and how many were done by then. */
    public record RuleRow(String rule, long due, long met, long percent) {}

    public record Dashboard(
            Filter filter, long cases, List<Headlines.Headline> headlines, List<Chart> charts, List<RuleRow> rules) {}

    public Dashboard dashboard(Filter f) {
        Map<String, Long> t = cube.totals(f);
        List<Chart> charts = new ArrayList<>();
        charts.add(monthly(f));
        List<Chart.Row> strandRows = new ArrayList<>();
        for (Strands.StrandInfo s : strands.active()) {
            strandRows.add(Chart.row(Labels.strand(s.code(), s.name()), t.getOrDefault("strand:" + s.code(), 0L)));
        }
        strandRows.add(Chart.row(Message.of("insights.strand.none"), t.getOrDefault("strand:NONE", 0L)));
        charts.add(Chart.of("strands", "insights.chart.cases", strandRows));
        charts.add(Chart.of(
                "religion",
                "insights.chart.cases",
                strands.religionCategories().stream()
                        .map(r -> Chart.row(r.name(), t.getOrDefault("religion:" + r.code(), 0L)))
                        .toList()));
        charts.add(byUnit(f, t.getOrDefault("cases", 0L)));
        charts.add(Chart.of(
                "offences",
                "insights.chart.crimes",
                OFFENCE_GROUPS.stream()
                        .map(code -> Chart.row(offenceGroup(code), t.getOrDefault("og:" + code, 0L)))
                        .toList()));
        charts.add(Chart.of("channels", "insights.chart.cases", routes(t)));
        List<Chart.Row> outcomes = new ArrayList<>();
        for (Catalogues.Outcome o : catalogues.outcomes()) {
            long n = t.getOrDefault("outcome:" + o.code(), 0L);
            if (n > 0) {
                outcomes.add(Chart.row(o.code() + ". " + o.name(), n));
            }
        }
        charts.add(Chart.of("outcomes", "insights.chart.cases", outcomes));
        List<Chart.Row> contact = FirstContact.bands(t);
        charts.add(Chart.of("first-contact", "insights.chart.cases", contact));
        long answered = 0;
        List<Chart.Row> satisfactionRows = new ArrayList<>();
        for (Satisfaction level : Satisfaction.values()) {
            long n = t.getOrDefault("satisfaction:" + level.score(), 0L);
            answered += n;
            String scaleKey = "satisfaction.scale." + level.name();
            satisfactionRows.add(Chart.row(Message.of(scaleKey), n));
        }
        long contacted = contact.stream().mapToLong(Chart.Row::value).sum();
        List<Headlines.Headline> headlines = Headlines.of(t, contacted, answered);
        charts.add(Chart.of("satisfaction", "insights.chart.victims", satisfactionRows));
        List<RuleRow> rules = rules(t);
        charts.add(Chart.of(
                "compliance",
                "insights.chart.shareMet",
                rules.stream()
                        .map(r -> new Chart.Row(r.rule(), r.percent(), r.percent() + "%"))
                        .toList()));
        return new Dashboard(f, t.getOrDefault("cases", 0L), headlines, charts, rules);
    }

    /** An offence group's name. */
    static Message offenceGroup(String code) {
        String key = "insights.offenceGroup." + code;
        return Message.of(key);
    }

    private static List<Chart.Row> routes(Map<String, Long> t) {
        List<Chart.Row> routes = new ArrayList<>();
        routes.add(Chart.row(Message.of("insights.route.online"), t.getOrDefault("online", 0L)));
        routes.add(Chart.row(Message.of("insights.route.anonymous"), t.getOrDefault("anonymous", 0L)));
        routes.add(Chart.row(Message.of("insights.route.thirdParty"), t.getOrDefault("channel:THIRD_PARTY", 0L)));
        routes.add(Chart.row(Message.of("insights.route.kiosk"), t.getOrDefault("channel:KIOSK", 0L)));
        for (String code : OTHER_CHANNELS) {
            String key = "insights.route.channel." + code;
            routes.add(Chart.row(Message.of(key), t.getOrDefault("channel:" + code, 0L)));
        }
        return routes;
    }

    private static List<RuleRow> rules(Map<String, Long> t) {
        Map<String, long[]> byRule = new TreeMap<>();
        t.forEach((key, n) -> {
            if (key.startsWith("due:")) {
                byRule.computeIfAbsent(key.substring(4), k -> new long[2])[0] = n;
            } else if (key.startsWith("met:")) {
                byRule.computeIfAbsent(key.substring(4), k -> new long[2])[1] = n;
            }
        });
        List<RuleRow> rules = new ArrayList<>();
        byRule.forEach((rule, dm) -> rules.add(new RuleRow(rule, dm[0], dm[1], dm[0] == 0 ? 0 : dm[1] * 100 / dm[0])));
        return rules;
    }

    private Chart monthly(Filter f) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", LocaleContextHolder.getLocale());
        List<Chart.Row> rows = new ArrayList<>();
        cube.casesByMonth(f).forEach((YearMonth m, Long n) -> rows.add(Chart.row(month.format(m), n)));
        return Chart.of("months", "insights.chart.cases", rows);
    }

    private Chart byUnit(Filter f, long all) {
        List<Unit> children = access.childrenOf(f.unit());
        Map<Long, Long> counts =
                cube.casesByUnit(f, children.stream().map(Unit::id).toList());
        List<Chart.Row> rows = new ArrayList<>(children.stream()
                .map(u -> Chart.row(u.name(), counts.getOrDefault(u.id(), 0L)))
                .toList());
        long below = rows.stream().mapToLong(Chart.Row::value).sum();
        rows.add(Chart.row(
                children.isEmpty()
                        ? f.unit().name()
                        : Message.of("insights.chart.units.itself", f.unit().name()),
                all - below));
        return Chart.of("units", "insights.chart.cases", rows, f.unit().name());
    }
}
