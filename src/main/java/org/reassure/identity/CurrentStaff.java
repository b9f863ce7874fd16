package org.reassure.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, if anyone is signed in or presented a token. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The person signed in; a request without one is refused (403), which never happens behind the sign-in. */
    public static StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
