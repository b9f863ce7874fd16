package org.reassure.casework.internal;

import org.reassure.platform.Labelled;

/** How an officer came to have a piece of evidence; each has its label, {@code howObtained.<CONSTANT>}. */
public enum HowObtained implements Labelled {
    FROM_VICTIM,
    FROM_WITNESS,
    /** Taken on an officer's own device or body-worn camera. */
    OFFICER_DEVICE,
    CCTV,
    /** Found online, or a screenshot of something online. */
    ONLINE,
    OTHER
}
