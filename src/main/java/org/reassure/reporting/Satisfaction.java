package org.reassure.reporting;

import java.util.Arrays;

/**
 * The seven points of the Home Office user satisfaction survey, best first. The top three count as satisfied,
 * as in the published police satisfaction measures.
 */
public enum Satisfaction {
    COMPLETELY_SATISFIED(7, "Completely satisfied"),
    VERY_SATISFIED(6, "Very satisfied"),
    FAIRLY_SATISFIED(5, "Fairly satisfied"),
    NEITHER(4, "Neither satisfied nor dissatisfied"),
    FAIRLY_DISSATISFIED(3, "Fairly dissatisfied"),
    VERY_DISSATISFIED(2, "Very dissatisfied"),
    COMPLETELY_DISSATISFIED(1, "Completely dissatisfied");

    private final int score;
    private final String label;

    Satisfaction(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    /** The label in English, for pages not yet in Welsh; {@link #labelKey()} names it in every language. */
    public String label() {
        return label;
    }

    /** The message naming this point of the scale: {@code satisfaction.scale.<NAME>}. */
    public String labelKey() {
        return "satisfaction.scale." + name();
    }

    public boolean satisfied() {
        return score >= FAIRLY_SATISFIED.score;
    }

    static Satisfaction ofScore(int score) {
        return Arrays.stream(values())
                .filter(value -> value.score == score)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No satisfaction score " + score));
    }

    /** The choice named in a form, or null for nothing or anything else. */
    public static Satisfaction parse(String name) {
        return name == null
                ? null
                : Arrays.stream(values())
                        .filter(value -> value.name().equals(name.trim()))
                        .findFirst()
                        .orElse(null);
    }
}
