package org.reassure.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.platform.InvalidInput;

/**
 * Who a person signed in by single sign-on is in Reassure. Spring Security checks the provider's ID token; this finds
 * (or, with {@code accounts=claims}, makes or brings up to date) the account of the username claim. A person with no
 * account, no mapped role, an unknown unit or a switched-off account is refused with the reason, which the sign-in
 * page explains and the audit log records. A second factor the provider vouches for ({@code amr}, or the setting) is
 * the authority {@link SignInFactors#SECOND_FACTOR}.
 */
@Component
public class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Why a person was refused: the error code of the refusal, also the last part of its message key. */
    public static final String NO_USERNAME = "noUsername";

    public static final String NO_ACCOUNT = "noAccount";
    public static final String NO_ROLE = "noRole";
    public static final String BAD_ACCOUNT = "badAccount";
    public static final String SWITCHED_OFF = "switchedOff";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SsoSettings settings;
    private final StaffAccounts accounts;
    private final OidcUserService provider = new OidcUserService();

    SsoUsers(SsoSettings settings, StaffAccounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return place(provider.loadUser(request));
    }

    /** The person the provider vouched for, as Reassure knows them; refused when Reassure cannot place them. */
    OidcUser place(OidcUser user) {
        String username = AccountValidator.normalise(user.getClaimAsString(settings.usernameClaim()));
        if (username.isEmpty()) {
            throw refused(NO_USERNAME, "");
        }
        StaffAccount account = settings.accountsFromClaims() ? fromClaims(user, username) : existing(username);
        if (!account.enabled()) {
            throw refused(SWITCHED_OFF, username);
        }
        StaffPrincipal person = accounts.principal(account.id()).orElseThrow(() -> refused(NO_ACCOUNT, username));
        List<GrantedAuthority> authorities = new ArrayList<>(person.getAuthorities());
        if (settings.providerEnforcesSecondFactor() || vouchesForSecondFactor(user)) {
            authorities.add(new SimpleGrantedAuthority(SignInFactors.SECOND_FACTOR));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), settings.usernameClaim());
    }

    private StaffAccount existing(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> refused(NO_ACCOUNT, username));
    }

    private StaffAccount fromClaims(OidcUser user, String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(user.getClaim(settings.rolesClaim()))) {
            String role = settings.roles().get(value);
            if (role != null) {
                try {
                    roles.add(Role.valueOf(role.strip()));
                } catch (IllegalArgumentException notARole) {
                    // a mapping to no role of Reassure gives none
                }
            }
        }
        if (roles.isEmpty()) {
            throw refused(NO_ROLE, username);
        }
        String unit = settings.unitClaim().isBlank() ? null : user.getClaimAsString(settings.unitClaim());
        String name = Optional.ofNullable(user.getFullName()).orElse(username);
        try {
            Optional<StaffAccount> found = accounts.findByUsername(username);
            if (found.isEmpty()) {
                return accounts.create(username, name, roles, unit, null, unusablePassword(), null, user.getEmail());
            }
            StaffAccount account = found.get();
            return accounts.update(
                    account.id(),
                    name,
                    roles,
                    unit,
                    account.organisationCode(),
                    account.workPhone(),
                    user.getEmail() == null ? account.workEmail() : user.getEmail());
        } catch (InvalidInput invalid) {
            throw refused(BAD_ACCOUNT, username);
        }
    }

    private boolean vouchesForSecondFactor(OidcUser user) {
        return values(user.getClaim("amr")).stream().anyMatch(settings.secondFactorMethods()::contains);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    /** A password nobody knows, for an account that signs in only through the provider. */
    private static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OAuth2AuthenticationException refused(String reason, String username) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason, username, null));
    }
}
