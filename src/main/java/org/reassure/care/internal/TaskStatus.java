package org.reassure.care.internal;

import org.reassure.platform.Labelled;

/** Where a task's clock stands. CLOSED: no longer needed (the case was finalised or the victim withdrew). */
public enum TaskStatus implements Labelled {
    OPEN("blue"),
    OVERDUE("red"),
    DONE("green"),
    CLOSED("grey");

    private final String tagColour;

    TaskStatus(String tagColour) {
        this.tagColour = tagColour;
    }

    @Override
    public String tagColour() {
        return tagColour;
    }

    public boolean isOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
