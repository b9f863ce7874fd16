package org.reassure.casework;

/** Flags inspectors asked forces to apply consistently. */
public enum CaseFlag {
    ONLINE("Online or cyber-enabled"),
    REPEAT_VICTIM("Repeat victim"),
    PERSISTENTLY_TARGETED("Persistently targeted"),
    VULNERABLE_OR_INTIMIDATED("Vulnerable or intimidated"),
    MATE_CRIME("Mate crime"),
    DOMESTIC_ABUSE("Domestic abuse link");

    private final String label;

    CaseFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
