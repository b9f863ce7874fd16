package org.reassure.identity;

import org.reassure.platform.Labelled;

/** What a person does in the service; the codes are fixed by the integration surface. Labels: {@code role.CODE}. */
public enum Role implements Labelled {
    CALL_HANDLER,
    INVESTIGATOR,
    SUPPORT_OFFICER,
    NEIGHBOURHOOD_OFFICER,
    SUPERVISOR,
    ANALYST,
    ADMINISTRATOR,
    THIRD_PARTY_CENTRE,
    SUPPORT_ORGANISATION;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
