package org.reassure.casework;

import org.reassure.platform.Labelled;

/** A supervisor checks every recording decision. */
public enum ReviewStatus implements Labelled {
    PENDING,
    APPROVED,
    RETURNED;
}
