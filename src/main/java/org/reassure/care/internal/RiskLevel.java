package org.reassure.care.internal;

import org.reassure.platform.Labelled;

/** The risk of repeat victimisation or harm found by a needs assessment. High risk is reviewed by a supervisor. */
public enum RiskLevel implements Labelled {
    STANDARD("grey"),
    MEDIUM("yellow"),
    HIGH("red");

    private final String tagColour;

    RiskLevel(String tagColour) {
        this.tagColour = tagColour;
    }

    @Override
    public String tagColour() {
        return tagColour;
    }
}
