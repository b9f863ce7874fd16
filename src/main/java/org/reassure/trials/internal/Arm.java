package org.reassure.trials.internal;

import org.reassure.platform.Labelled;

/** The two arms of a trial of secondary reassurance contact; labelled {@code arm.CONTROL} and {@code arm.TREATMENT}. */
public enum Arm implements Labelled {
    CONTROL,
    TREATMENT
}
