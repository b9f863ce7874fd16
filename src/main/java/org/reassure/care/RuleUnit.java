package org.reassure.care;

/** How a rule's amount is counted. */
public enum RuleUnit {
    HOURS("hours"),
    DAYS("days"),
    WORKING_DAYS("working days"),
    MONTHS("months");

    private final String label;

    RuleUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
