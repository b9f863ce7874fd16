package org.reassure.reporting;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than a file may be is turned away before anything reads it: the server's own
 * limit would otherwise fail while the security filters read the form, and show an error page. The
 * person goes back to the evidence page with a message saying how large a file may be.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class EvidenceUploadLimits extends OncePerRequestFilter {

    static final String UPLOAD = "/report/evidence/upload";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && UPLOAD.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > EvidenceFiles.MAX_BYTES) {
            response.sendRedirect("/report/evidence?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
