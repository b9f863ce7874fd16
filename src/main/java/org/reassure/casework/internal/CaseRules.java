package org.reassure.casework.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import org.reassure.casework.Cases;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;

/** Who does what on a case, and the small clean-ups of what people type that every use case shares. */
public final class CaseRules {

    public static final Set<Role> RECORDERS = EnumSet.of(Role.CALL_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR);
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR);
    public static final Set<Role> INVESTIGATORS = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
    public static final Set<Role> ALLOCATABLE = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.SUPPORT_OFFICER);

    private CaseRules() {}

    public static void requireCaseRole(StaffPrincipal person) {
        if (person.roles().stream().noneMatch(Cases.CASE_ROLES::contains)) {
            throw new AccessDeniedException("Your role does not work on cases.");
        }
    }

    /** Whether the person writes on cases: records, notes, people and messages. */
    public static boolean writesOnCases(StaffPrincipal staff) {
        return staff.roles().stream().anyMatch(RECORDERS::contains)
                || staff.roles().stream().anyMatch(ALLOCATABLE::contains);
    }

    public static String normalise(String reference) {
        return reference == null ? "" : reference.trim().toUpperCase();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
