package org.reassure.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.platform.Message;
import org.reassure.platform.Problems;

/** What a refused request sees (a GOV.UK page or a problem), and its line in the audit log. */
final class RefusalHandlers {

    private final AuditLog auditLog;
    private final List<HandlerMapping> pages;
    private final MessageSource messages;

    RefusalHandlers(AuditLog auditLog, List<HandlerMapping> pages, MessageSource messages) {
        this.auditLog = auditLog;
        this.pages = pages;
        this.messages = messages;
    }

    void apiUnauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        auditLog.record(
                AuditAction.ACCESS, "api", request.getRequestURI(), null, AuditOutcome.DENIED, "no valid API token");
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(
                response,
                messages,
                HttpStatus.UNAUTHORIZED,
                Message.of("problem.unauthorized.title"),
                Message.of("problem.unauthorized.detail"));
    }

    void apiDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        auditOnce(request, "api", denied);
        Problems.write(
                response,
                messages,
                HttpStatus.FORBIDDEN,
                Message.of("problem.forbidden.title"),
                Message.of("identity.api.roleOrUnitDenied"));
    }

    /** A page that needs sign-in: to the sign-in page, saying so if the session has just timed out. */
    void pageUnauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!isPage(request)) {
            // An address that does not exist is "not found" for everyone, signed in or not.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            request.getRequestDispatcher("/error/not-found").forward(request, response);
            return;
        }
        boolean timedOut = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        response.sendRedirect(request.getContextPath() + (timedOut ? "/sign-in?timeout" : "/sign-in"));
    }

    void pageDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        auditOnce(request, "page", denied);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        String page = denied instanceof CsrfException ? "/error/expired" : "/error/forbidden";
        request.getRequestDispatcher(page).forward(request, response);
    }

    private boolean isPage(HttpServletRequest request) {
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            for (HandlerMapping mapping : pages) {
                if (mapping.getHandler(request) != null) {
                    return true;
                }
            }
            return false;
        } catch (Exception unmatched) {
            // A method the address does not take, for example: let the sign-in page deal with it.
            return true;
        }
    }

    private void auditOnce(HttpServletRequest request, String recordType, AccessDeniedException denied) {
        if (request.getAttribute(Audited.DENIAL_RECORDED) == null) {
            String detail =
                    denied instanceof CsrfException ? "missing or wrong CSRF token" : "role or unit does not allow it";
            auditLog.record(
                    AuditAction.ACCESS,
                    recordType,
                    request.getMethod() + " " + request.getRequestURI(),
                    null,
                    AuditOutcome.DENIED,
                    detail);
        }
    }
}
