package org.reassure.care;

/** What a care task asks of the officer; the first six are also kinds of contact. */
public enum TaskKind {
    FIRST_CONTACT("First contact"),
    NEEDS_ASSESSMENT("Needs assessment"),
    UPDATE("Update the victim"),
    DECISION_NOTICE("Tell the victim of a key decision"),
    SECONDARY_REASSURANCE("Secondary reassurance contact"),
    SUPPORT_FOLLOW_UP("Support follow-up"),
    REFERRAL("Refer to a support service"),
    SUPERVISOR_REVIEW("Supervisor review"),
    SUBJECT_NOTIFICATION("Tell the subject the incident was recorded");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a contact can be of this kind (the API's contact kinds). */
    public boolean isContact() {
        return ordinal() <= SUPPORT_FOLLOW_UP.ordinal();
    }
}
