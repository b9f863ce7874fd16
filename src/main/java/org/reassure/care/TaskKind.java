package org.reassure.care;

import org.reassure.platform.Labelled;

/** What a care task asks of the officer; the first six are also kinds of contact. Labels: {@code taskKind.*}. */
public enum TaskKind implements Labelled {
    FIRST_CONTACT,
    NEEDS_ASSESSMENT,
    UPDATE,
    DECISION_NOTICE,
    SECONDARY_REASSURANCE,
    SUPPORT_FOLLOW_UP,
    REFERRAL,
    SUPERVISOR_REVIEW,
    SUBJECT_NOTIFICATION;

    /** Whether a contact can be of this kind (the API's contact kinds). */
    public boolean isContact() {
        return ordinal() <= SUPPORT_FOLLOW_UP.ordinal();
    }
}
