/**
 * Identity: organisational units (force, borough, team), staff and partner accounts with their roles, sign-in
 * (throttled without lock-out, or single sign-on by OpenID Connect) and staff sessions, personal API tokens, and which
 * units' cases a person may see. Other modules use its root: the signed-in person ({@code CurrentStaff},
 * {@code StaffPrincipal}, {@code Role}), units ({@code Units}, and the published views {@code identity_unit_v} and
 * {@code identity_unit_within_v}), accounts ({@code StaffAccounts}), API tokens, and the event
 * {@code AccountUnderAttack}.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "audit"})
package org.reassure.identity;

import org.springframework.modulith.ApplicationModule;
