package org.reassure.trials;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.reassure.identity.Units;

/** Builds trial plans with sensible defaults, each limited to a team of its own so no other test's case is enrolled. */
final class TrialFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TrialFixtures() {}

    /** A new team below Hounslow, for the cases of one test. */
    static String newTeam(Units units) {
        String code = "TRIAL-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1000);
        units.create(code, "Trial team " + code, "HNS");
        return code;
    }

    /** A 1 : 1 plan for the given units, enrolling from yesterday for a year, SRC hoped to cut withdrawal from 31% to 24%. */
    static MultiValueMap<String, String> plan(String name, String... unitCodes) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", name);
        form.add("question", "Does a secondary reassurance contact reduce victim withdrawal?");
        for (String unit : unitCodes) {
            form.add("units", unit);
        }
        date(form, "from", LocalDate.now().minusDays(1));
        date(form, "to", LocalDate.now().plusYears(1));
        form.add("controlRatio", "1");
        form.add("treatmentRatio", "1");
        form.add("stratifyUnit", "true");
        form.add("stratifyStrand", "true");
        form.add("followUpDays", "90");
        form.add("positiveOutcome", "true");
        form.add("targetSize", "250");
        form.add("controlRisk", "31");
        form.add("hopedRisk", "24");
        form.add("significance", "0.05");
        return form;
    }

    static void date(MultiValueMap<String, String> form, String field, LocalDate date) {
        form.set(field + "-day", String.valueOf(date.getDayOfMonth()));
        form.set(field + "-month", String.valueOf(date.getMonthValue()));
        form.set(field + "-year", String.valueOf(date.getYear()));
    }
}
