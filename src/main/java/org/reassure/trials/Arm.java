package org.reassure.trials;

/** The two arms of a trial of secondary reassurance contact. */
public enum Arm {
    CONTROL("Usual care"),
    TREATMENT("Secondary reassurance contact");

    private final String label;

    Arm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
