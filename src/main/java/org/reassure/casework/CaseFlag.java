package org.reassure.casework;

import org.reassure.platform.Labelled;

/** Flags inspectors asked forces to apply consistently. */
public enum CaseFlag implements Labelled {
    ONLINE,
    REPEAT_VICTIM,
    PERSISTENTLY_TARGETED,
    VULNERABLE_OR_INTIMIDATED,
    MATE_CRIME,
    DOMESTIC_ABUSE;
}
