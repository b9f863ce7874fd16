package org.reassure.insights;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.reassure.casework.Catalogues;
import org.reassure.casework.Strands;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;

/** The dashboard's figures, read from {@code insights_cube}: a few hundred rows whatever the number of cases. */
@Service
class Figures {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    static final Map<String, String> OFFENCE_GROUPS = new LinkedHashMap<>();
    static final Map<String, String> CHANNELS = new LinkedHashMap<>();

    static {
        OFFENCE_GROUPS.put("PUBLIC_ORDER", "Public order offences");
        OFFENCE_GROUPS.put("VIOLENCE_AGAINST_THE_PERSON", "Violence against the person");
        OFFENCE_GROUPS.put("STALKING_HARASSMENT", "Stalking and harassment");
        OFFENCE_GROUPS.put("CRIMINAL_DAMAGE_ARSON", "Criminal damage and arson");
        OFFENCE_GROUPS.put("THEFT", "Theft and robbery");
        OFFENCE_GROUPS.put("SEXUAL", "Sexual offences");
        OFFENCE_GROUPS.put("OTHER", "Other offences");
        CHANNELS.put("ONLINE", "Online form");
        CHANNELS.put("THIRD_PARTY", "Third-party reporting centre");
        CHANNELS.put("KIOSK", "Kiosk");
        CHANNELS.put("PHONE", "Phone");
        CHANNELS.put("FRONT_COUNTER", "Front counter");
        CHANNELS.put("HOME_VISIT", "Home visit");
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final Strands strands;
    private final Catalogues catalogues;

    Figures(JdbcClient jdbc, Units units, Strands strands, Catalogues catalogues) {
        this.jdbc = jdbc;
        this.units = units;
        this.strands = strands;
        this.catalogues = catalogues;
    }

    /** A headline figure with its explanation. */
    record Headline(String label, String value, String detail) {}

    record RuleRow(String rule, long due, long met, long percent) {}

    record Dashboard(
            Scope.Filter filter, long cases, List<Headline> headlines, List<Chart> charts, List<RuleRow> rules) {}

    /** Sums by key for the filter. */
    Map<String, Long> totals(Scope.Filter f) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("""
                SELECT key, sum(n) AS n FROM insights_cube
                WHERE unit_id = ? AND strand = ? AND month BETWEEN ? AND ? GROUP BY key""")
                .params(f.unit().id(), f.strandKey(), f.fromDate(), f.toDate())
                .query((rs, i) -> totals.put(rs.getString("key"), rs.getLong("n")))
                .list();
        return totals;
    }

    Dashboard dashboard(Scope.Filter f) {
        Map<String, Long> t = totals(f);
        long cases = t.getOrDefault("cases", 0L);
        List<Chart> charts = new ArrayList<>();
        charts.add(monthly(f));
        List<Chart.Row> strandRows = new ArrayList<>();
        for (Strands.StrandInfo s : strands.active()) {
            strandRows.add(Chart.row(s.name(), t.getOrDefault("strand:" + s.code(), 0L)));
        }
        strandRows.add(Chart.row("No strand recorded", t.getOrDefault("strand:NONE", 0L)));
        charts.add(Chart.of(
                "strands",
                "Cases by strand",
                "Cases received in the period by the strand of hostility. A case with several strands counts under each, so these add up to more than the number of cases.",
                "Cases",
                strandRows));
        List<Chart.Row> religionRows = strands.religionCategories().stream()
                .map(r -> Chart.row(r.name(), t.getOrDefault("religion:" + r.code(), 0L)))
                .toList();
        charts.add(Chart.of(
                "religion",
                "Religion or belief cases by the perceived religion of the victim",
                "Cases with the religion or belief strand, by the religion the offender perceived the victim to have.",
                "Cases",
                religionRows));
        charts.add(byUnit(f));
        List<Chart.Row> groups = new ArrayList<>();
        OFFENCE_GROUPS.forEach((code, name) -> groups.add(Chart.row(name, t.getOrDefault("og:" + code, 0L))));
        charts.add(Chart.of(
                "offences",
                "Recorded crimes by offence group",
                "Cases recorded as crimes, by the group of the offence recorded.",
                "Crimes",
                groups));
        List<Chart.Row> routes = new ArrayList<>();
        routes.add(Chart.row("Online (form or online hate)", t.getOrDefault("online", 0L)));
        routes.add(Chart.row("Anonymous", t.getOrDefault("anonymous", 0L)));
        routes.add(Chart.row("Third-party reporting centre", t.getOrDefault("channel:THIRD_PARTY", 0L)));
        routes.add(Chart.row("Kiosk", t.getOrDefault("channel:KIOSK", 0L)));
        CHANNELS.forEach((code, name) -> {
            if (!code.equals("THIRD_PARTY") && !code.equals("KIOSK")) {
                routes.add(Chart.row("Channel: " + name, t.getOrDefault("channel:" + code, 0L)));
            }
        });
        charts.add(Chart.of(
                "channels",
                "How reports reached us",
                "Online and anonymous reports may also be counted under a channel, so these overlap.",
                "Cases",
                routes));
        List<Chart.Row> outcomes = new ArrayList<>();
        for (Catalogues.Outcome o : catalogues.outcomes()) {
            long n = t.getOrDefault("outcome:" + o.code(), 0L);
            if (n > 0) {
                outcomes.add(Chart.row(o.code() + ". " + o.name(), n));
            }
        }
        charts.add(Chart.of(
                "outcomes",
                "Home Office outcomes",
                "Cases given a Home Office outcome, by outcome. Outcomes with no cases are left out.",
                "Cases",
                outcomes));
        List<Chart.Row> contact = firstContactBands(t);
        charts.add(Chart.of(
                "first-contact",
                "Time from report to first contact with the victim",
                "Cases where first contact was made, by how long it took after the report.",
                "Cases",
                contact));

        long finalised = t.getOrDefault("finalised", 0L);
        long charged = t.getOrDefault("outcome:1", 0L);
        long withdrawn = t.getOrDefault("withdrawn", 0L);
        long positive = t.getOrDefault("positive", 0L);
        long repeat = t.getOrDefault("repeat", 0L);
        long src = t.getOrDefault("src", 0L);
        long crimes = t.getOrDefault("crime", 0L);
        long multi = t.getOrDefault("multi", 0L);
        List<Headline> headlines = new ArrayList<>();
        headlines.add(new Headline(
                "Cases received",
                String.format("%,d", cases),
                String.format("%,d recorded as crimes; %,d with more than one strand", crimes, multi)));
        headlines.add(new Headline(
                "Charge rate",
                percent(charged, finalised),
                String.format("%,d charged or summonsed of %,d cases with an outcome", charged, finalised)));
        headlines.add(new Headline(
                "Positive outcomes",
                percent(positive, finalised),
                String.format("%,d of %,d (outcomes 1 to 6, 8 to 10 and 22)", positive, finalised)));
        headlines.add(new Headline(
                "Victim withdrawal",
                percent(withdrawn, finalised),
                String.format(
                        "%,d of %,d outcomes were 14 or 16: the victim did not support or withdrew support",
                        withdrawn, finalised)));
        long contacted = contact.stream().mapToLong(Chart.Row::value).sum();
        headlines.add(new Headline(
                "Time to first contact",
                contacted == 0 ? "No contacts yet" : "Median " + percentileText(t, 0.5),
                contacted == 0
                        ? "No first contact was recorded for these cases"
                        : "90% within " + percentileText(t, 0.9) + String.format(" (%,d cases contacted)", contacted)));
        headlines.add(new Headline(
                "Repeat victims",
                percent(repeat, cases),
                String.format("%,d cases where the victim had reported before", repeat)));
        headlines.add(new Headline(
                "Secondary reassurance contact",
                percent(src, cases),
                String.format("%,d cases where a neighbourhood officer made a reassurance contact", src)));
        long answered = 0;
        List<Chart.Row> satisfactionRows = new ArrayList<>();
        for (org.reassure.reporting.Satisfaction level : org.reassure.reporting.Satisfaction.values()) {
            long n = t.getOrDefault("satisfaction:" + level.score(), 0L);
            answered += n;
            satisfactionRows.add(Chart.row(level.label(), n));
        }
        long satisfied = t.getOrDefault("satisfied", 0L);
        headlines.add(new Headline(
                "Victim satisfaction",
                answered == 0 ? "No answers yet" : percent(satisfied, answered),
                answered == 0
                        ? "No victim has answered the satisfaction survey for these cases"
                        : String.format(
                                "%,d of %,d victims who answered were satisfied overall (completely, very or fairly)",
                                satisfied, answered)));
        charts.add(Chart.of(
                "satisfaction",
                "Victim satisfaction with the service overall",
                "Answers to the satisfaction survey, asked once the investigation has finished, for the cases received in the period. "
                        + "Answers by witnesses are left out.",
                "Victims",
                satisfactionRows));

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
        List<Chart.Row> ruleBars = rules.stream()
                .map(r -> new Chart.Row(r.rule(), r.percent(), r.percent() + "%"))
                .toList();
        charts.add(Chart.of(
                "compliance",
                "Victims' Code promises kept on time, by rule",
                "Of the care tasks that fell due for these cases, the share done by the time they were due.",
                "Share met",
                ruleBars));
        return new Dashboard(f, cases, headlines, charts, rules);
    }

    private Chart monthly(Scope.Filter f) {
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        jdbc.sql("""
                SELECT month, n FROM insights_cube WHERE unit_id = ? AND strand = ? AND month BETWEEN ? AND ? AND key = 'cases'""")
                .params(f.unit().id(), f.strandKey(), f.fromDate(), f.toDate())
                .query((rs, i) -> byMonth.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("n")))
                .list();
        List<Chart.Row> rows = new ArrayList<>();
        byMonth.forEach((m, n) -> rows.add(Chart.row(MONTH.format(m), n)));
        return Chart.of(
                "months",
                "Cases by month received",
                "The number of cases received each month in the period.",
                "Cases",
                rows);
    }

    private Chart byUnit(Scope.Filter f) {
        List<Unit> children = units.all().stream()
                .filter(u -> u.parentId() != null && u.parentId() == f.unit().id())
                .toList();
        Map<Long, Long> counts = new HashMap<>();
        if (!children.isEmpty()) {
            jdbc.sql("""
                    SELECT unit_id, sum(n) AS n FROM insights_cube
                    WHERE unit_id = ANY(?) AND strand = ? AND month BETWEEN ? AND ? AND key = 'cases' GROUP BY unit_id""")
                    .params(
                            children.stream().map(Unit::id).toArray(Long[]::new),
                            f.strandKey(),
                            f.fromDate(),
                            f.toDate())
                    .query((rs, i) -> counts.put(rs.getLong("unit_id"), rs.getLong("n")))
                    .list();
        }
        List<Chart.Row> rows = new ArrayList<>(children.stream()
                .map(u -> Chart.row(u.name(), counts.getOrDefault(u.id(), 0L)))
                .toList());
        long below = rows.stream().mapToLong(Chart.Row::value).sum();
        long all = totals(f).getOrDefault("cases", 0L);
        rows.add(Chart.row(
                children.isEmpty() ? f.unit().name() : "Held by " + f.unit().name() + " itself", all - below));
        return Chart.of(
                "units",
                "Cases by unit",
                "Cases held by each unit directly below " + f.unit().name() + ", with the units below it.",
                "Cases",
                rows);
    }

    private static List<Chart.Row> firstContactBands(Map<String, Long> t) {
        long[] bands = new long[5];
        t.forEach((key, n) -> {
            if (key.startsWith("fch:")) {
                int hours = Integer.parseInt(key.substring(4));
                bands[hours < 24 ? 0 : hours < 48 ? 1 : hours < 72 ? 2 : hours < 168 ? 3 : 4] += n;
            }
        });
        return List.of(
                Chart.row("Within 24 hours", bands[0]),
                Chart.row("24 to 48 hours", bands[1]),
                Chart.row("48 to 72 hours", bands[2]),
                Chart.row("3 to 7 days", bands[3]),
                Chart.row("More than 7 days", bands[4]));
    }

    /** A percentile of the time to first contact, from the hourly (then daily) histogram, as a range. */
    static String percentileText(Map<String, Long> t, double p) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        t.forEach((key, n) -> {
            if (key.startsWith("fch:")) {
                histogram.merge(Integer.parseInt(key.substring(4)), n, Long::sum);
            }
        });
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "not known";
        }
        long target = (long) Math.ceil(p * total);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= target) {
                int lower = bucket.getKey();
                if (lower >= 720) {
                    return "more than 30 days";
                }
                int upper = lower < 72 ? lower + 1 : lower + 24;
                return lower < 72 ? lower + " to " + upper + " hours" : (lower / 24) + " to " + (upper / 24) + " days";
            }
        }
        return "not known";
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "None yet";
        }
        return String.format("%.1f%%", part * 100.0 / whole);
    }
}
