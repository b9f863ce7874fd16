package org.reassure.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.identity.StaffPrincipal;

/**
 * The absolute time-out of a staff session ({@code reassure.staff-absolute-timeout}): however busy the person, a
 * session ends that long after sign-in, and the sign-in page says why. The idle time-out is the session's own.
 */
final class SessionLimits extends OncePerRequestFilter {

    /** When the person signed in (epoch milliseconds), kept in the session from its first signed-in request. */
    static final String SIGNED_IN_AT = "reassure.signedInAt";

    private final Duration absolute;
    private final SignInHandlers signIn;
    private final Clock clock;

    SessionLimits(Duration absolute, SignInHandlers signIn, Clock clock) {
        this.absolute = absolute;
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof StaffPrincipal) {
            long now = clock.millis();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - signedInAt >= absolute.toMillis()) {
                signIn.signedOut(authentication.getName(), "absolute time-out");
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
