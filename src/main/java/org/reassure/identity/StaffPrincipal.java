package org.reassure.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every module sees them: id, name, roles and unit. It is kept in the shared
 * session, so it holds no password once sign-in is over.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Long unitId;
    private final boolean enabled;
    private final String organisationCode;
    private String passwordHash;

    StaffPrincipal(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            Long unitId,
            boolean enabled,
            String passwordHash,
            String organisationCode) {
        this.organisationCode = organisationCode;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.unitId = unitId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The unit the person belongs to, or null (a support organisation's user belongs to no unit). */
    public Long unitId() {
        return unitId;
    }

    /** The support organisation a partner user works for (its directory code), or null. */
    public String organisationCode() {
        return organisationCode;
    }

    /** Roles as a comma-separated list of codes, for the audit log. */
    public String roleCodes() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /**
     * The same person carrying a password hash, for Spring Security to check a sign-in against; the hash is erased
     * once the sign-in is over.
     */
    public StaffPrincipal withPasswordHash(String hash) {
        return new StaffPrincipal(id, username, displayName, roles, unitId, enabled, hash, organisationCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
