package org.reassure.casework;

import java.util.EnumSet;
import java.util.Set;

import org.reassure.platform.Labelled;

/**
 * A person's part in a case. A non-crime hate incident has a complainant and a subject, never a victim
 * and a suspect (Non-Crime Hate Incidents Code of Practice).
 */
public enum PersonRole implements Labelled {
    VICTIM,
    SUSPECT,
    COMPLAINANT,
    SUBJECT,
    WITNESS,
    REPORTER;

    public boolean isVictim() {
        return this == VICTIM || this == COMPLAINANT;
    }

    public static Set<PersonRole> allowedFor(Classification classification) {
        return classification == Classification.NCHI
                ? EnumSet.of(COMPLAINANT, SUBJECT, WITNESS, REPORTER)
                : EnumSet.of(VICTIM, SUSPECT, WITNESS, REPORTER);
    }
}
