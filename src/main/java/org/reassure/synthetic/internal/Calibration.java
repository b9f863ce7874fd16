package org.reassure.synthetic.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * The figures synthetic data is calibrated to. Strands: Home Office, hate crime in England and Wales, year
 * to March 2025 excluding the Met (domain.md section 7): of 115,990 offences, race 82,490 (71.1%), religion
 * 7,164 (6.2%; anti-Muslim 3,199, anti-Jewish 1,715), sexual orientation 18,702 (16.1%), disability 10,224
 * (8.8%), transgender identity 3,809 (3.3%); the strand counts add up to 5.5% more than the offences, which
 * is the share with two strands. Offences: about 51% public order, 41% violence against the person, 5%
 * criminal damage and arson, the rest harassment, theft, sexual and other. Outcomes: about a third of victims
 * withdraw support (outcomes 14 and 16), a charge rate about 7%. The words the cases carry are in {@link Wording}.
 */
final class Calibration {

    private Calibration() {}

    /** Strand combinations: five single strands, then the five pairs seen most. */
    static final String[][] CATEGORIES = {
        {"RACE"},
        {"RELIGION"},
        {"SEXUAL_ORIENTATION"},
        {"DISABILITY"},
        {"TRANSGENDER"},
        {"RACE", "RELIGION"},
        {"SEXUAL_ORIENTATION", "TRANSGENDER"},
        {"RACE", "SEXUAL_ORIENTATION"},
        {"RACE", "DISABILITY"},
        {"DISABILITY", "SEXUAL_ORIENTATION"}
    };

    /** Share of cases with two strands. */
    static final double MULTI_STRAND = 0.055;

    private static final double[] PAIR_SHARE = {0.45, 0.25, 0.10, 0.10, 0.10};
    /** Share of cases carrying each strand (race, religion, sexual orientation, disability, transgender). */
    static final double[] STRAND_SHARE = {
        82_490 / 115_990.0, 7_164 / 115_990.0, 18_702 / 115_990.0, 10_224 / 115_990.0, 3_809 / 115_990.0
    };

    static final double[] CATEGORY_SHARE = categoryShares();

    /** Singles take what the pairs leave of each strand's share, so that every strand's share comes out as published. */
    private static double[] categoryShares() {
        double[] shares = new double[CATEGORIES.length];
        double[] fromPairs = new double[STRAND_SHARE.length];
        String[] strands = {"RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY", "TRANSGENDER"};
        for (int p = 0; p < PAIR_SHARE.length; p++) {
            shares[5 + p] = MULTI_STRAND * PAIR_SHARE[p];
            for (String strand : CATEGORIES[5 + p]) {
                fromPairs[Arrays.asList(strands).indexOf(strand)] += shares[5 + p];
            }
        }
        for (int s = 0; s < 5; s++) {
            shares[s] = STRAND_SHARE[s] - fromPairs[s];
        }
        return shares;
    }

    static final String[] RELIGIONS = {
        "ANTI_MUSLIM",
        "ANTI_JEWISH",
        "ANTI_CHRISTIAN",
        "ANTI_SIKH",
        "ANTI_HINDU",
        "ANTI_BUDDHIST",
        "OTHER",
        "NO_RELIGION",
        "UNKNOWN"
    };
    static final double[] RELIGION_SHARE = {
        3_199 / 7_164.0, 1_715 / 7_164.0, 0.07, 0.03, 0.025, 0.005, 0.06, 0.019, 0.105
    };

    static final String[] OFFENCE_GROUPS = {
        "PUBLIC_ORDER",
        "VIOLENCE_AGAINST_THE_PERSON",
        "CRIMINAL_DAMAGE_ARSON",
        "STALKING_HARASSMENT",
        "THEFT",
        "SEXUAL",
        "OTHER"
    };
    static final double[] OFFENCE_GROUP_SHARE = {0.51, 0.41, 0.05, 0.015, 0.008, 0.003, 0.004};
    private static final Map<String, Double> OFFENCE_WEIGHT = Map.ofEntries(
            Map.entry("RA_HAD", 4.0),
            Map.entry("HAD", 4.0),
            Map.entry("RA_FEAR_PROVOCATION", 3.0),
            Map.entry("FEAR_PROVOCATION", 3.0),
            Map.entry("RA_INTENTIONAL_HAD", 2.0),
            Map.entry("STIRRING_RACIAL_HATRED", 0.05),
            Map.entry("STIRRING_RELIGION_SO_HATRED", 0.05),
            Map.entry("RA_COMMON_ASSAULT", 5.0),
            Map.entry("COMMON_ASSAULT", 5.0),
            Map.entry("RA_ABH", 2.0),
            Map.entry("ABH", 2.0),
            Map.entry("RA_WOUNDING", 0.4),
            Map.entry("GBH", 0.4),
            Map.entry("THREATS_TO_KILL", 1.0),
            Map.entry("CRIMINAL_DAMAGE", 5.0),
            Map.entry("RA_CRIMINAL_DAMAGE", 5.0),
            Map.entry("ARSON", 0.3),
            Map.entry("ROBBERY", 0.3));

    static double offenceWeight(String code) {
        return OFFENCE_WEIGHT.getOrDefault(code, 1.0);
    }

    /** Non-crime hate incidents: about 13,000 a year beside about 116,000 crimes. */
    static final double NCHI_SHARE = 0.10;

    static final String[] CHANNELS = {"PHONE", "ONLINE", "FRONT_COUNTER", "HOME_VISIT", "THIRD_PARTY", "KIOSK"};
    static final double[] CHANNEL_SHARE = {0.42, 0.30, 0.08, 0.06, 0.10, 0.04};

    /** Outcomes of crimes where the victim did not withdraw; charge (1) comes to about 7% of all crimes. */
    static final int[] OUTCOMES = {1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 17, 18, 20, 21, 22, 23};

    static final double[] OUTCOME_SHARE = {
        10.5, 0.4, 2.0, 0.1, 0.05, 0.4, 5.0, 0.4, 0.8, 0.3, 0.1, 0.3, 24.0, 0.8, 45.0, 1.5, 3.0, 1.0, 0.05
    };

    /** Days from report to outcome: log-normal, median 45 days (90th percentile about 143). */
    static final double OUTCOME_MEDIAN_DAYS = 45;

    static final double OUTCOME_SIGMA = 0.9;
    /** Share of crimes whose victim withdraws support before the outcome, with no SRC effect. */
    static final double WITHDRAWAL_TARGET = 1.0 / 3.0;
    /** The SRC window opens 7 days after the report (care rule VICTIMS_CODE_SRC_OPENS). */
    static final double SRC_OPENS_DAYS = 7;

    /** Hours from report to first contact: log-normal, median 5 hours, about 6% later than 24 hours. */
    static final double FIRST_CONTACT_MEDIAN_HOURS = 5;

    static final double FIRST_CONTACT_SIGMA = 1.0;
    static final long REMINDER_BEFORE_SECONDS = 4 * 3600L;

    static final double REPEAT_SHARE = 0.08;
    static final double JOINS_REPEAT_POOL = 0.15;

    /** Relative volume by month (summer peak) and by weekday (Monday first; more at the weekend). */
    static final double[] MONTH = {0.85, 0.85, 0.95, 1.0, 1.05, 1.1, 1.2, 1.1, 1.0, 1.0, 0.93, 0.85};

    static final double[] WEEKDAY = {1.0, 0.98, 0.98, 1.0, 1.1, 1.15, 0.95};
    /** Relative volume by hour of day: quiet at night, busiest in the late afternoon and evening. */
    static final double[] HOUR = {
        2, 1.5, 1, 0.8, 0.6, 0.6, 0.8, 1.5, 2.5, 3, 3.5, 4, 4.5, 4.8, 5, 5.5, 6, 6, 5.8, 5.2, 4.5, 3.8, 3.2, 2.5
    };

    static final String[] CONTACT_CHANNELS = {"PHONE", "IN_PERSON", "EMAIL", "LETTER", "MESSAGE"};
    static final double[] CONTACT_CHANNEL_SHARE = {0.60, 0.15, 0.15, 0.03, 0.07};

    /**
     * The constant daily hazard of withdrawing that makes a third of victims withdraw before their case's outcome
     * (a competing event with the log-normal time to outcome), found by bisection on a fixed grid.
     */
    static double withdrawalHazardPerDay() {
        double low = 1e-5;
        double high = 1.0;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (withdrawnShare(mid) < WITHDRAWAL_TARGET) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double withdrawnShare(double hazard) {
        double share = 0;
        double weight = 0;
        for (double z = -6; z <= 6; z += 0.01) {
            double density = Math.exp(-z * z / 2);
            double days = Math.max(3.0, OUTCOME_MEDIAN_DAYS * Math.exp(OUTCOME_SIGMA * z));
            share += density * (1 - Math.exp(-hazard * days));
            weight += density;
        }
        return share / weight;
    }
}
