package org.reassure.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on by OpenID Connect ({@code reassure.sso.*}, environment {@code REASSURE_SSO_*}), switched on by an
 * issuer. With {@code accounts=claims} a person's roles and unit come from the provider's claims at every sign-in (an
 * account is made the first time); with {@code accounts=existing} the username must name an account an administrator
 * made, with the roles and unit given there.
 *
 * @param issuer                         the provider's issuer URL (its discovery document is read from there); empty:
 *                                       no single sign-on
 * @param clientId                       Reassure's client id at the provider
 * @param clientSecret                   its secret
 * @param displayName                    the provider's name on the sign-in page ("Sign in with ...")
 * @param usernameClaim                  the claim that holds the username
 * @param accounts                       {@code claims} or {@code existing} (see above)
 * @param rolesClaim                     the claim that holds the person's groups or roles (a list or one value)
 * @param roleMapping                    which claim value gives which role: {@code value=ROLE,other value=ROLE}
 * @param unitClaim                      the claim that holds the code of the person's unit
 * @param providerEnforcesSecondFactor   the provider always asks for a second factor, whatever {@code amr} says
 * @param secondFactorMethods            {@code amr} values that show a second factor was proved
 */
@ConfigurationProperties("reassure.sso")
public record SsoSettings(
        @DefaultValue("") String issuer,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("") String displayName,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("existing") String accounts,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("") String roleMapping,
        @DefaultValue("") String unitClaim,
        @DefaultValue("false") boolean providerEnforcesSecondFactor,

        @DefaultValue({"mfa", "otp", "hwk", "swk", "sms", "tel", "fpt", "face", "iris", "retina", "sc"})
        List<String> secondFactorMethods) {

    /** The role mapping as claim value to role name. */
    public Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String pair : roleMapping.split(",")) {
            int equals = pair.lastIndexOf('=');
            if (equals > 0) {
                roles.put(
                        pair.substring(0, equals).strip(),
                        pair.substring(equals + 1).strip());
            }
        }
        return roles;
    }

    /** Whether single sign-on is set up. */
    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    /** Whether roles and unit come from the provider's claims. */
    public boolean accountsFromClaims() {
        return "claims".equalsIgnoreCase(accounts);
    }
}
