package org.reassure.trials.internal;

import org.reassure.platform.Labelled;

/** A trial is drafted, then started (the plan is locked and cases are enrolled), then stopped. */
public enum TrialStatus implements Labelled {
    DRAFT("grey"),
    RUNNING("green"),
    STOPPED("blue");

    private final String colour;

    TrialStatus(String colour) {
        this.colour = colour;
    }

    @Override
    public String tagColour() {
        return colour;
    }
}
