package org.reassure.identity.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;
import org.reassure.identity.internal.SignInFactors;
import org.reassure.platform.Message;
import org.reassure.platform.Problems;

/** Authenticates {@code Authorization: Bearer rsr_...} on the API; a bad token is refused (401) and audited. */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final AuditLog auditLog;
    private final MessageSource messages;

    ApiTokenFilter(ApiTokens tokens, StaffAccounts accounts, AuditLog auditLog, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> principal = Optional.empty();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            principal = tokens.authenticate(header.substring(7).trim())
                    .flatMap(accounts::principal)
                    .filter(StaffPrincipal::isEnabled);
        }
        if (principal.isEmpty()) {
            auditLog.record(
                    AuditAction.ACCESS, "api", request.getRequestURI(), null, AuditOutcome.DENIED, "invalid API token");
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(
                    response,
                    messages,
                    HttpStatus.UNAUTHORIZED,
                    Message.of("problem.unauthorized.title"),
                    Message.of("identity.api.tokenNotValid"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.get().getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SignInFactors.API_TOKEN));
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
