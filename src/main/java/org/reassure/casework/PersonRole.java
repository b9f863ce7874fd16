package org.reassure.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's part in a case. A non-crime hate incident has a complainant and a subject, never a victim
 * and a suspect (Non-Crime Hate Incidents Code of Practice).
 */
public enum PersonRole {
    VICTIM("Victim"),
    SUSPECT("Suspect"),
    COMPLAINANT("Complainant"),
    SUBJECT("Subject"),
    WITNESS("Witness"),
    REPORTER("Person who reported it");

    private final String label;

    PersonRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isVictim() {
        return this == VICTIM || this == COMPLAINANT;
    }

    static Set<PersonRole> allowedFor(Classification classification) {
        return classification == Classification.NCHI
                ? EnumSet.of(COMPLAINANT, SUBJECT, WITNESS, REPORTER)
                : EnumSet.of(VICTIM, SUSPECT, WITNESS, REPORTER);
    }
}
