package org.reassure.casework;

import org.reassure.platform.Labelled;

/** Where a case is in its life, from the first report to closure; shown as a tag in its colour. */
public enum CaseStatus implements Labelled {
    REPORTED("blue"),
    RECORDED("light-blue"),
    ALLOCATED("turquoise"),
    UNDER_INVESTIGATION("purple"),
    FINALISED("green"),
    CLOSED("grey");

    private final String colour;

    CaseStatus(String colour) {
        this.colour = colour;
    }

    @Override
    public String tagColour() {
        return colour;
    }
}
