/**
 * Identity: organisational units (force, borough, team), staff and partner accounts with their roles,
 * sign-in with lock-out, personal API tokens, and which units' cases a person may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.reassure.identity;
