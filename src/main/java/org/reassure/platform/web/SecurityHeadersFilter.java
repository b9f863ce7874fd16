package org.reassure.platform.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.platform.ReassureProperties;

/**
 * A strict Content Security Policy with a fresh nonce on every response (templates put it on each
 * script), plus referrer and permissions policies. Frame denial and no-sniff come from Spring Security.
 *
 * <p>It also puts what every page frame needs on the request ({@code cspNonce}, {@code currentPath},
 * {@code phase}, {@code quickExitUrl}): request attributes reach the templates of error pages and exception handlers
 * too, which model attributes from a controller advice do not.
 *
 * <p>The policy needs nothing for "Exit this page": it is a link, and leaving for the neutral site (by the link or
 * by GOV.UK Frontend's script after Shift is pressed three times) is a navigation, which no directive here limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReassureProperties properties;
    private final String quickExitUrl;

    SecurityHeadersFilter(
            ReassureProperties properties,
            @Value("${reassure.public.quick-exit-url:https://www.bbc.co.uk/weather}") String quickExitUrl) {
        this.properties = properties;
        if (!quickExitUrl.startsWith("https://") && !quickExitUrl.startsWith("http://")) {
            throw new IllegalStateException(
                    "reassure.public.quick-exit-url must be the full address of a website, starting https://");
        }
        this.quickExitUrl = quickExitUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        request.setAttribute("currentPath", request.getRequestURI());
        request.setAttribute("phase", properties.phase());
        request.setAttribute("quickExitUrl", quickExitUrl);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
                        + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
