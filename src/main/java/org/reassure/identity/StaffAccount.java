package org.reassure.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A staff or partner account as administrators see it; a support organisation's user has an organisation code and no
 * unit; the work phone is the direct number given to victims, or null; the work e-mail is where Reassure writes to
 * them (a reporter's message, a referral answered, tasks due soon), or null.
 */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long unitId,
        String unitCode,
        boolean enabled,
        Instant lastSignInAt,
        String organisationCode,
        String workPhone,
        String workEmail) {}
