package org.reassure.casework;

/** Where a case is in its life, from the first report to closure. */
public enum CaseStatus {
    REPORTED("Reported", "blue"),
    RECORDED("Recorded", "light-blue"),
    ALLOCATED("Allocated", "turquoise"),
    UNDER_INVESTIGATION("Under investigation", "purple"),
    FINALISED("Finalised", "green"),
    CLOSED("Closed", "grey");

    private final String label;
    private final String colour;

    CaseStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour for this status. */
    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }
}
