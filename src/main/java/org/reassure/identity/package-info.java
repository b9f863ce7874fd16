/**
 * Identity: organisational units (force, borough, team), staff and partner accounts with their roles, sign-in with
 * lock-out, personal API tokens, and which units' cases a person may see. Other modules use its root: the signed-in
 * person ({@code CurrentStaff}, {@code StaffPrincipal}, {@code Role}), units ({@code Units}, and the published views
 * {@code identity_unit_v} and {@code identity_unit_within_v}), accounts ({@code StaffAccounts}) and API tokens.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "audit"})
package org.reassure.identity;

import org.springframework.modulith.ApplicationModule;
