package org.reassure.trials;

/** A trial is drafted, then started (the plan is locked and cases are enrolled), then stopped. */
public enum TrialStatus {
    DRAFT("Draft", "grey"),
    RUNNING("Running", "green"),
    STOPPED("Stopped", "blue");

    private final String label;
    private final String colour;

    TrialStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour;
    }
}
