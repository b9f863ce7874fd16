package org.reassure.casework;

import org.reassure.platform.Labelled;

/** How the report reached the police. */
public enum Channel implements Labelled {
    ONLINE,
    THIRD_PARTY,
    KIOSK,
    PHONE,
    FRONT_COUNTER,
    HOME_VISIT;
}
