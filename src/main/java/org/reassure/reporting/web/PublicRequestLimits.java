package org.reassure.reporting.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.platform.Message;
import org.reassure.platform.Problems;
import org.reassure.reporting.internal.EvidenceFiles;
import org.reassure.reporting.internal.PublicCounters;

/**
 * The limits on public requests, checked before anything reads them.
 * <ul>
 * <li>Size: an evidence file over the limit sends the person back to the evidence page with a message
 * (the server's own limit would otherwise fail while the security filters read the form, and show an
 * error page); a report to the API over 1 MB (far more than 20,000 characters of text) is a 413 problem.</li>
 * <li>Rate: each client may send so many public requests (answers, reports, tracking, messages) in a
 * window, counted in PostgreSQL by a keyed hash of its address ({@link PublicCounters}), never the
 * address. Over the limit, pages answer 429 with a GOV.UK "please wait" page and the API a 429 problem,
 * both with Retry-After. No CAPTCHA: it would shut out many disabled people.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicRequestLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicRequestLimits.class);

    static final String UPLOAD = "/report/evidence/upload";
    static final String API = "/api/v1/reports";
    static final long API_MAX_BYTES = 1024 * 1024;

    private final PublicCounters counters;
    private final int limit;
    private final Duration window;
    private final Set<String> exempt;
    private final MessageSource messages;

    PublicRequestLimits(
            PublicCounters counters,
            @Value("${reassure.public-rate.limit:120}") int limit,
            @Value("${reassure.public-rate.window:10m}") Duration window,
            @Value("${reassure.public-rate.exempt:}") Set<String> exempt,
            MessageSource messages) {
        this.counters = counters;
        this.limit = limit;
        this.window = window;
        this.exempt = Set.copyOf(exempt);
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !counted(request);
    }

    /** Public posts that only forget something on the device (leaving a tracked report, ending a kiosk visit). */
    static final Set<String> ALWAYS_ALLOWED = Set.of("/track/close", "/kiosk/finish");

    /**
     * The public requests that take input or look a report up: every public form (the report journey's answers,
     * evidence, sending; tracking, messages and the survey; contacting a support organisation) and every call of the
     * public API. Pages are free to read, and leaving is always possible ({@link #ALWAYS_ALLOWED}).
     */
    static boolean counted(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("POST".equals(request.getMethod())) {
            return !ALWAYS_ALLOWED.contains(path)
                    && (path.startsWith("/report/")
                            || path.equals("/report")
                            || path.equals("/track")
                            || path.startsWith("/track/")
                            || path.startsWith("/support/")
                            || path.equals(API)
                            || path.startsWith(API + "/"));
        }
        return "GET".equals(request.getMethod()) && path.startsWith(API + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean api = path.startsWith("/api/");
        if (!exempt.contains(request.getRemoteAddr())
                && counters.hit(counters.clientKey(request.getRemoteAddr(), window), window) > limit) {
            tooMany(response, api);
            return;
        }
        long length = request.getContentLengthLong();
        if ("POST".equals(request.getMethod()) && UPLOAD.equals(path) && length > EvidenceFiles.MAX_BYTES) {
            response.sendRedirect("/report/evidence?tooLarge");
            return;
        }
        if ("POST".equals(request.getMethod()) && API.equals(path) && length > API_MAX_BYTES) {
            Problems.write(
                    response,
                    messages,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    Message.of("problem.tooLarge.title"),
                    Message.of("reporting.api.reportTooLarge"));
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooMany(HttpServletResponse response, boolean api) throws IOException {
        long seconds = Math.max(1, counters.untilNextWindow(window).toSeconds());
        log.info("A client went over the public request limit ({} in {})", limit, window);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (api) {
            Problems.write(
                    response,
                    messages,
                    HttpStatus.TOO_MANY_REQUESTS,
                    Message.of("problem.tooMany.title"),
                    Message.of("reporting.api.tooManyRequests"));
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }
}
