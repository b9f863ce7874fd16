package org.reassure.casework.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An officer's evidence file far over the limit is turned back to the form with the message that says so, before
 * anything reads the request: the server's own limit would otherwise fail while the security filters read the form,
 * and show a general error page. A file a little over 10 MB reaches the form, which refuses it and keeps every other
 * answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaffUploadLimits extends OncePerRequestFilter {

    /** The largest request the server reads ({@code spring.servlet.multipart.max-request-size}). */
    static final long MAX_REQUEST_BYTES = 21L * 1024 * 1024;

    private static final Pattern FORM = Pattern.compile("/cases/[A-Za-z0-9-]{1,40}/evidence/new");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !FORM.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.sendRedirect(request.getRequestURI() + "?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
