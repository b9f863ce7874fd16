package org.reassure.identity.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.SignInFactors;

/**
 * Until a person signed in with a password has proved a second factor, they reach only the second-factor pages,
 * sign-out and the public pages (not the home page, which is their work once signed in): every other request is sent
 * to the second-factor page.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String SECOND_FACTOR_PAGE = "/sign-in/second-factor";

    private final RequestMatcher open;

    SecondFactorGate(String... publicPages) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : publicPages) {
            if (!pattern.equals("/")) {
                matchers.add(PathPatternRequestMatcher.withDefaults().matcher(pattern));
            }
        }
        matchers.add(PathPatternRequestMatcher.withDefaults().matcher(SECOND_FACTOR_PAGE));
        matchers.add(PathPatternRequestMatcher.withDefaults().matcher(SECOND_FACTOR_PAGE + "/**"));
        matchers.add(PathPatternRequestMatcher.withDefaults().matcher("/sign-out"));
        this.open = new OrRequestMatcher(matchers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof StaffPrincipal
                && !SignInFactors.secondFactorProved(authentication)
                && !open.matches(request)) {
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
