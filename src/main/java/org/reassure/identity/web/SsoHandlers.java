package org.reassure.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.SsoUsers;

/**
 * After single sign-on: the provider's person becomes the Reassure person every module knows ({@link StaffPrincipal},
 * with the second factor if the provider vouched for one), then the sign-in goes on exactly as after a password. A
 * refusal is audited and explained on its own page.
 */
@Component
class SsoHandlers {

    static final String REFUSAL = "reassure.sso.refusal";

    private final StaffAccounts accounts;
    private final SignInHandlers signIn;
    private final AuditLog auditLog;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SsoHandlers(StaffAccounts accounts, SignInHandlers signIn, AuditLog auditLog) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.auditLog = auditLog;
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication provided)
            throws IOException {
        StaffPrincipal person = accounts.findByUsername(provided.getName())
                .flatMap(account -> accounts.principal(account.id()))
                .orElseThrow();
        Authentication staff =
                UsernamePasswordAuthenticationToken.authenticated(person, null, provided.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(staff);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        signIn.succeeded(request, response, staff);
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = "unknown";
        String username = "";
        if (failure instanceof OAuth2AuthenticationException refusal) {
            reason = String.valueOf(refusal.getError().getErrorCode());
            username = refusal.getError().getDescription() == null
                    ? ""
                    : refusal.getError().getDescription();
        }
        boolean known = switch (reason) {
            case SsoUsers.NO_USERNAME,
                    SsoUsers.NO_ACCOUNT,
                    SsoUsers.NO_ROLE,
                    SsoUsers.BAD_ACCOUNT,
                    SsoUsers.SWITCHED_OFF -> true;
            default -> false;
        };
        auditLog.recordAs(
                username.isEmpty() ? "single sign-on" : limit(username),
                "",
                AuditAction.SIGN_IN,
                "user",
                null,
                null,
                AuditOutcome.DENIED,
                "single sign-on refused: " + (known ? reason : "provider error " + limit(reason)));
        request.getSession().setAttribute(REFUSAL, known ? reason : "providerError");
        response.sendRedirect(request.getContextPath() + "/sign-in/refused");
    }

    private static String limit(String text) {
        return text.length() > 60 ? text.substring(0, 60) : text;
    }
}
