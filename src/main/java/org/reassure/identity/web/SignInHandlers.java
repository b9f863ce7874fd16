package org.reassure.identity.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
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
 * What happens after a sign-in attempt: throttling (see {@code SignInAttempts}), the staff idle timeout, the audit
 * line, and a message for the person that says what to do. The username typed is kept for the form. A wrong password
 * and an unknown username get the same answer, and so does a throttled attempt whether the username exists or not.
 */
@Component
class SignInHandlers {

    static final String TYPED_USERNAME = "reassure.signIn.username";
    static final String OUTCOME = "reassure.signIn.outcome";
    static final String WAIT_SECONDS = "reassure.signIn.waitSeconds";

    enum Outcome {
        BAD_CREDENTIALS,
        THROTTLED,
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
        attempts.succeeded(principal.id(), principal.getUsername(), request.getRemoteAddr());
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
        Duration wait = Duration.ZERO;
        if (username.isEmpty()) {
            outcome = Outcome.USERNAME_MISSING;
        } else if (password == null || password.isEmpty()) {
            outcome = Outcome.PASSWORD_MISSING;
        } else if (failure instanceof DisabledException) {
            outcome = Outcome.DISABLED;
        } else {
            outcome = Outcome.BAD_CREDENTIALS;
            wait = attempts.failed(username, request.getRemoteAddr());
        }
        answer(request, response, username, outcome, wait);
    }

    /** An attempt refused before its password was checked, because this username or address must wait. */
    void throttled(HttpServletRequest request, HttpServletResponse response, String username, Duration wait)
            throws IOException {
        answer(request, response, username, Outcome.THROTTLED, wait);
    }

    private void answer(
            HttpServletRequest request, HttpServletResponse response, String username, Outcome outcome, Duration wait)
            throws IOException {
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
        session.setAttribute(WAIT_SECONDS, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    void signingOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            signedOut(authentication.getName(), null);
        }
    }

    /** The audit line of a sign-out: by the person, or (with a detail saying why) by the service. */
    void signedOut(String username, String detail) {
        auditLog.recordAs(username, "", AuditAction.SIGN_OUT, "user", username, null, AuditOutcome.ALLOWED, detail);
    }
}
