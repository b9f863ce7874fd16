package org.reassure.care;

import org.reassure.platform.Labelled;

/**
 * Whether the contact was made. Only a contact made completes a task; an attempt is logged all the same. Labels:
 * {@code contactOutcome.*}.
 */
public enum ContactOutcome implements Labelled {
    MADE,
    NO_ANSWER,
    DECLINED
}
