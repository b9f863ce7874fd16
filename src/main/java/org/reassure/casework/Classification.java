package org.reassure.casework;

import org.reassure.platform.Labelled;

/** The recording decision: a crime, a non-crime hate incident, or nothing to record. */
public enum Classification implements Labelled {
    CRIME,
    NCHI,
    NO_RECORD;
}
