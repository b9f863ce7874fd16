package org.reassure.care;

/** Where a task's clock stands. CLOSED: no longer needed (the case was finalised or the victim withdrew). */
public enum TaskStatus {
    OPEN("Open", "govuk-tag govuk-tag--blue"),
    OVERDUE("Overdue", "govuk-tag govuk-tag--red"),
    DONE("Done", "govuk-tag govuk-tag--green"),
    CLOSED("No longer needed", "govuk-tag govuk-tag--grey");

    private final String label;
    private final String tagClass;

    TaskStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public boolean isOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
