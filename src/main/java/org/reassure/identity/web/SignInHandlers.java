package org.reassure.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.AccountValidator;
import org.reassure.identity.internal.SignInAttempts;
import org.reassure.platform.ReassureProperties;

/**
 * What happens after a sign-in attempt: lock-out counting, the staff idle timeout, the audit line, and
 * a message for the person that says what to do. The username typed is kept for the form.
 */
@Component
class SignInHandlers {

    static final String TYPED_USERNAME = "reassure.signIn.username";
    static final String OUTCOME = "reassure.signIn.outcome";

    enum Outcome {
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        USERNAME_MISSING,
        PASSWORD_MISSING
    }

    private final SignInAttempts attempts;
    private final AuditLog auditLog;
    private final ReassureProperties properties;

    SignInHandlers(SignInAttempts attempts, AuditLog auditLog, ReassureProperties properties) {
        this.attempts = attempts;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        attempts.succeeded(principal.id());
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) properties.staffIdleTimeout().toSeconds());
        session.removeAttribute(TYPED_USERNAME);
        session.removeAttribute(OUTCOME);
        auditLog.recordAs(
                principal.getUsername(),
                principal.roleCodes(),
                AuditAction.SIGN_IN,
                "user",
                principal.getUsername(),
                null,
                AuditOutcome.ALLOWED,
                null);
        // The password is the first step: the second-factor page takes the person on to where they were going.
        response.sendRedirect(request.getContextPath() + SecondFactorGate.SECOND_FACTOR_PAGE);
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String username = AccountValidator.normalise(request.getParameter("username"));
        String password = request.getParameter("password");
        Outcome outcome;
        if (username.isEmpty()) {
            outcome = Outcome.USERNAME_MISSING;
        } else if (password == null || password.isEmpty()) {
            outcome = Outcome.PASSWORD_MISSING;
        } else if (failure instanceof LockedException) {
            outcome = Outcome.LOCKED;
        } else if (failure instanceof DisabledException) {
            outcome = Outcome.DISABLED;
        } else {
            outcome = attempts.failed(username) ? Outcome.LOCKED : Outcome.BAD_CREDENTIALS;
        }
        if (!username.isEmpty()) {
            auditLog.recordAs(
                    username.length() > 60 ? username.substring(0, 60) : username,
                    "",
                    AuditAction.SIGN_IN,
                    "user",
                    null,
                    null,
                    AuditOutcome.DENIED,
                    outcome.name().toLowerCase().replace('_', ' '));
        }
        HttpSession session = request.getSession();
        session.setAttribute(TYPED_USERNAME, username.length() > 100 ? username.substring(0, 100) : username);
        session.setAttribute(OUTCOME, outcome.name());
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    void signingOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            auditLog.recordAs(
                    authentication.getName(),
                    "",
                    AuditAction.SIGN_OUT,
                    "user",
                    authentication.getName(),
                    null,
                    AuditOutcome.ALLOWED,
                    null);
        }
    }
}
