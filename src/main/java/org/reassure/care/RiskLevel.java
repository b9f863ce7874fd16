package org.reassure.care;

/** The risk of repeat victimisation or harm found by a needs assessment. High risk is reviewed by a supervisor. */
public enum RiskLevel {
    STANDARD("Standard", "govuk-tag govuk-tag--grey"),
    MEDIUM("Medium", "govuk-tag govuk-tag--yellow"),
    HIGH("High", "govuk-tag govuk-tag--red");

    private final String label;
    private final String tagClass;

    RiskLevel(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
