package org.reassure.care;

import org.reassure.platform.Labelled;

/**
 * What a care task asks of the officer; the first six are also kinds of contact. A first reply is the first clock of a
 * report whose reporter left no way to contact them: it is done by a message in the report's thread. Labels:
 * {@code taskKind.*}.
 */
public enum TaskKind implements Labelled {
    FIRST_CONTACT,
    NEEDS_ASSESSMENT,
    UPDATE,
    DECISION_NOTICE,
    SECONDARY_REASSURANCE,
    SUPPORT_FOLLOW_UP,
    REFERRAL,
    SUPERVISOR_REVIEW,
    SUBJECT_NOTIFICATION,
    FIRST_REPLY,
    /** A notification to the victim could not be delivered: the officer checks how to contact them (issue 16). */
    NOTIFICATION_FAILED;

    /** Whether a contact can be of this kind (the API's contact kinds). */
    public boolean isContact() {
        return ordinal() <= SUPPORT_FOLLOW_UP.ordinal();
    }
}
