package org.reassure.reporting.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.reporting.internal.KioskDevices;

/**
 * Kiosk mode, on a device whose kiosk cookie is still valid: the visit's session lives only as long as
 * the kiosk timeout while idle (so a journey someone walked away from is gone even without JavaScript),
 * no page is kept by the browser, and the pages know they are on a kiosk ({@code kiosk} request
 * attribute: no autocomplete, "finish and clear", the inactivity warning, large touch targets). Runs
 * after Spring Session's filter, so the session is the shared one in PostgreSQL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class KioskMode extends OncePerRequestFilter {

    static final String COOKIE = "REASSURE_KIOSK";
    /** Request attributes the page frame reads. */
    static final String KIOSK = "kiosk";

    static final String RESET_AFTER = "kioskResetSeconds";
    static final String WARN_AFTER = "kioskWarnSeconds";
    /** How long before the reset the warning shows, with JavaScript. */
    static final Duration WARNING = Duration.ofSeconds(60);

    private final KioskDevices devices;
    private final Duration timeout;

    KioskMode(KioskDevices devices, @Value("${reassure.kiosk.timeout:5m}") Duration timeout) {
        this.devices = devices;
        // Long enough to read the warning and answer it; the page resets 30 seconds before the server forgets.
        this.timeout = timeout.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : timeout;
    }

    Duration timeout() {
        return timeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/")
                || path.startsWith("/assets/")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/actuator")
                || path.startsWith("/v3/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = cookie(request);
        Optional<KioskDevices.Device> device = token == null ? Optional.empty() : devices.valid(token);
        HttpSession existing = request.getSession(false);
        if (device.isEmpty()) {
            if (token != null) {
                // Revoked: the device becomes an ordinary browser, and what it held goes with the kiosk.
                response.addHeader(HttpHeaders.SET_COOKIE, expired(request).toString());
                if (existing != null && Kiosk.active(existing)) {
                    existing.invalidate();
                }
            }
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = existing != null ? existing : request.getSession(true);
        session.setAttribute(Kiosk.SESSION_MARK, device.get().id().toString());
        session.setMaxInactiveInterval((int) timeout.toSeconds());
        request.setAttribute(KIOSK, Boolean.TRUE);
        long resetAfter = timeout.minusSeconds(30).toSeconds();
        request.setAttribute(RESET_AFTER, resetAfter);
        request.setAttribute(WARN_AFTER, resetAfter - WARNING.toSeconds());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, no-cache, max-age=0, must-revalidate");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        response.setHeader(HttpHeaders.EXPIRES, "0");
        chain.doFilter(request, response);
    }

    static ResponseCookie cookie(HttpServletRequest request, String token) {
        // 400 days: the longest a browser keeps a cookie; revoking the kiosk ends it sooner.
        return ResponseCookie.from(COOKIE, token)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(Duration.ofDays(400))
                .build();
    }

    private static ResponseCookie expired(HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, "")
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(0)
                .build();
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
