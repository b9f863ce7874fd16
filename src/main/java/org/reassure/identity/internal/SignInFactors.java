package org.reassure.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The factors a signed-in person has proved. A password alone is not enough for anyone who can see case data: they
 * must also prove a second factor (an authenticator app's code, a passkey, a recovery code), or have signed in through
 * a single sign-on provider that required one. Proving it adds {@link #SECOND_FACTOR} to the person's authorities.
 */
public final class SignInFactors {

    /** The authority that says a second factor was proved in this sign-in. */
    public static final String SECOND_FACTOR = "FACTOR_SECOND";

    /**
     * The authority of a request made with a personal API token: the token was created by someone who had proved a
     * second factor, and stands for both factors.
     */
    public static final String API_TOKEN = "FACTOR_API_TOKEN";

    private SignInFactors() {}

    /** Whether this sign-in has proved a second factor. */
    public static boolean secondFactorProved(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(SECOND_FACTOR::equals);
    }

    /** Whether this is a complete sign-in (second factor proved) or a request with an API token. */
    public static boolean complete(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> SECOND_FACTOR.equals(authority) || API_TOKEN.equals(authority));
    }
}
