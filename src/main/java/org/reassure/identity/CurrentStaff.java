package org.reassure.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.reassure.identity.internal.SignInFactors;

/** Who is making the current request, if anyone is signed in or presented a token. */
public final class CurrentStaff {

    private CurrentStaff() {}

    /**
     * The person signed in, once they have proved a second factor too (or presented an API token): between the password
     * and the second factor nobody is treated as signed in.
     */
    public static Optional<StaffPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal principal
                && SignInFactors.complete(authentication)) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The person signed in; a request without one is refused (403), which never happens behind the sign-in. */
    public static StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
