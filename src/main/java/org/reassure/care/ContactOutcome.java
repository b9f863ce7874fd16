package org.reassure.care;

/** Whether the contact was made. Only a contact made completes a task; an attempt is logged all the same. */
public enum ContactOutcome {
    MADE("Made"),
    NO_ANSWER("No answer"),
    DECLINED("Declined by the victim");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
