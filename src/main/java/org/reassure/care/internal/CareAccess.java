package org.reassure.care.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.reassure.casework.Cases;
import org.reassure.identity.StaffPrincipal;

/** Who may change what victim care keeps of a case: case work's access rules, then the roles that contact victims. */
@Component
public class CareAccess {

    private final Cases cases;

    CareAccess(Cases cases) {
        this.cases = cases;
    }

    /** Checks that this person sees the case and contacts victims; returns the case's reference as stored. */
    public String contactingVictim(StaffPrincipal person, String reference) {
        String ref = cases.header(person, reference).reference();
        if (person.roles().stream().noneMatch(ContactLog.CONTACT_ROLES::contains)) {
            throw new AccessDeniedException("Your role does not contact victims.");
        }
        return ref;
    }

    /** Checks that this person sees the case; returns its reference as stored. */
    public String seeing(StaffPrincipal person, String reference) {
        return cases.header(person, reference).reference();
    }
}
