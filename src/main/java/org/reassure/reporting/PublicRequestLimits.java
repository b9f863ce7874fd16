package org.reassure.reporting;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.reassure.platform.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies larger than a public request may be are turned away before anything reads them. An evidence
 * file over the limit sends the person back to the evidence page with a message (the server's own
 * limit would otherwise fail while the security filters read the form, and show an error page); a
 * report to the API over 1 MB (far more than 20,000 characters of text) is a 413 problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicRequestLimits extends OncePerRequestFilter {

    static final String UPLOAD = "/report/evidence/upload";
    static final String API = "/api/v1/reports";
    static final long API_MAX_BYTES = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (UPLOAD.equals(request.getRequestURI()) || API.equals(request.getRequestURI())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (UPLOAD.equals(request.getRequestURI()) && length > EvidenceFiles.MAX_BYTES) {
            response.sendRedirect("/report/evidence?tooLarge");
            return;
        }
        if (API.equals(request.getRequestURI()) && length > API_MAX_BYTES) {
            Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "A report must be 1 MB or smaller. The description can be up to 20,000 characters.");
            return;
        }
        chain.doFilter(request, response);
    }
}
