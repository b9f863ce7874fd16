package org.reassure.audit;

import org.reassure.platform.Labelled;

/** The kinds of processing the Data Protection Act 2018 s.62 asks to be logged, plus sign-in and access refusals. */
public enum AuditAction implements Labelled {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    SIGN_IN,
    SIGN_OUT,
    ACCESS
}
