package org.reassure.trials.internal;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;

/** Who may do what with trials: analysts register and run them; analysts and supervisors read them. */
final class TrialAccess {

    static final Set<Role> READERS = Set.of(Role.ANALYST, Role.SUPERVISOR);

    private TrialAccess() {}

    static void requireReader(StaffPrincipal person) {
        if (READERS.stream().noneMatch(person::hasRole)) {
            throw new AccessDeniedException("Only analysts and supervisors can see trials.");
        }
    }

    static void requireAnalyst(StaffPrincipal person) {
        if (!person.hasRole(Role.ANALYST)) {
            throw new AccessDeniedException("Only analysts can register and change trials.");
        }
    }
}
