package org.reassure.identity.internal;

import java.util.Set;

import org.reassure.identity.Role;

/**
 * An account's details once checked and cleaned: a username (kept for a change, which cannot rename), the full
 * name, at least one role, a unit or (for a support organisation's user) an organisation, and a work phone and work
 * e-mail address, each or null.
 */
public record ValidAccount(
        String username,
        String displayName,
        Set<Role> roles,
        Long unitId,
        String organisationCode,
        String workPhone,
        String workEmail) {}
