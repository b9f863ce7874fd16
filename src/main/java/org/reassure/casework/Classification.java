package org.reassure.casework;

/** The recording decision: a crime, a non-crime hate incident, or nothing to record. */
public enum Classification {
    CRIME("Crime"),
    NCHI("Non-crime hate incident"),
    NO_RECORD("No record");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
