package org.reassure.casework;

/** Key investigative decisions the victim must be told of (Victims' Code, right 6). */
public enum DecisionType {
    ARREST("Arrest"),
    INTERVIEW("Interview under caution"),
    BAIL("Bail or a change to bail"),
    RELEASED_UNDER_INVESTIGATION("Released under investigation"),
    NOT_INVESTIGATED("Decision not to investigate"),
    NO_FURTHER_ACTION("No further action"),
    CHARGE("Charge"),
    OUT_OF_COURT_DISPOSAL("Out-of-court disposal");

    private final String label;

    DecisionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
