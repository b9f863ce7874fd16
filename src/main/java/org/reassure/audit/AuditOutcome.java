package org.reassure.audit;

import org.reassure.platform.Labelled;

/** Whether what was asked for was done, or refused. */
public enum AuditOutcome implements Labelled {
    ALLOWED("green"),
    DENIED("red");

    private final String tagColour;

    AuditOutcome(String tagColour) {
        this.tagColour = tagColour;
    }

    @Override
    public String tagColour() {
        return tagColour;
    }
}
