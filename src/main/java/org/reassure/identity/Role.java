package org.reassure.identity;

/** What a person does in the service; the codes are fixed by the integration surface. */
public enum Role {
    CALL_HANDLER("Call handler"),
    INVESTIGATOR("Investigator"),
    SUPPORT_OFFICER("Hate crime support officer"),
    NEIGHBOURHOOD_OFFICER("Neighbourhood officer"),
    SUPERVISOR("Supervisor"),
    ANALYST("Analyst"),
    ADMINISTRATOR("Administrator"),
    THIRD_PARTY_CENTRE("Third-party reporting centre"),
    SUPPORT_ORGANISATION("Support organisation");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
