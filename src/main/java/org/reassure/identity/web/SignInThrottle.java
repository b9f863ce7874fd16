package org.reassure.identity.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.identity.internal.AccountValidator;
import org.reassure.identity.internal.SignInAttempts;

/**
 * Before a password is checked: if this username from this address, or this address, must still wait after wrong
 * passwords, the attempt is refused with how long to wait, without looking at the password or the account.
 */
final class SignInThrottle extends OncePerRequestFilter {

    private final SignInAttempts attempts;
    private final SignInHandlers handlers;

    SignInThrottle(SignInAttempts attempts, SignInHandlers handlers) {
        this.attempts = attempts;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/sign-in".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = AccountValidator.normalise(request.getParameter("username"));
        String password = request.getParameter("password");
        if (!username.isEmpty() && password != null && !password.isEmpty()) {
            Duration wait = attempts.waitBefore(username, request.getRemoteAddr());
            if (wait.compareTo(Duration.ZERO) > 0) {
                handlers.throttled(request, response, username, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
