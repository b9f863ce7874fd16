package org.reassure.casework;

import org.reassure.platform.Labelled;

/** Key investigative decisions the victim must be told of (Victims' Code, right 6). */
public enum DecisionType implements Labelled {
    ARREST,
    INTERVIEW,
    BAIL,
    RELEASED_UNDER_INVESTIGATION,
    NOT_INVESTIGATED,
    NO_FURTHER_ACTION,
    CHARGE,
    OUT_OF_COURT_DISPOSAL;
}
