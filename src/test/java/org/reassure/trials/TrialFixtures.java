package org.reassure.trials;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.reassure.identity.Units;
import org.reassure.trials.internal.TrialPlan;

/** Builds trial plans with sensible defaults, each limited to a team of its own so no other test's case is enrolled. */
public final class TrialFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TrialFixtures() {}

    /** A new team below Hounslow, for the cases of one test. */
    public static String newTeam(Units units) {
        String code = "TRIAL-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1000);
        units.create(code, "Trial team " + code, "HNS");
        return code;
    }

    /** A 1 : 1 plan for the given units, enrolling from yesterday for a year, SRC hoped to cut withdrawal from 31% to 24%. */
    public static TrialPlan plan(String name, String... unitCodes) {
        return plan(name, List.of(), unitCodes);
    }

    /** The same plan, for cases of the given strands only. */
    public static TrialPlan plan(String name, List<String> strands, String... unitCodes) {
        return new TrialPlan(
                name,
                "Does a secondary reassurance contact reduce victim withdrawal?",
                strands,
                List.of(unitCodes),
                List.of(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1),
                1,
                1,
                true,
                true,
                90,
                true,
                false,
                250,
                0.31,
                0.24,
                0.05);
    }

    /** The plan form as a browser posts it, with the values of {@link #plan(String, String...)} (one unit). */
    public static Map<String, String> posted(String name, String unitCode) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("question", "Does a secondary reassurance contact reduce victim withdrawal?");
        form.put("units", unitCode);
        date(form, "from", LocalDate.now().minusDays(1));
        date(form, "to", LocalDate.now().plusYears(1));
        form.put("controlRatio", "1");
        form.put("treatmentRatio", "1");
        form.put("stratify", "unit");
        form.put("followUpDays", "90");
        form.put("outcomes", "positive");
        form.put("targetSize", "250");
        form.put("controlRisk", "31");
        form.put("hopedRisk", "24");
        form.put("significance", "0.05");
        return form;
    }

    private static void date(Map<String, String> form, String field, LocalDate date) {
        form.put(field + "-day", String.valueOf(date.getDayOfMonth()));
        form.put(field + "-month", String.valueOf(date.getMonthValue()));
        form.put(field + "-year", String.valueOf(date.getYear()));
    }
}
