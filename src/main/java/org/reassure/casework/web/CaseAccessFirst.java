package org.reassure.casework.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.casework.Cases;
import org.reassure.identity.CurrentStaff;
import org.reassure.platform.NotFound;

/**
 * Permission before the body: a change to one case ({@code /cases/{reference}/...} and
 * {@code /api/v1/cases/{reference}/...}, in any module) is refused (403, or 404 for no such case) before the body is
 * read, so someone who may not act on the case learns nothing from an answer about what they sent. The refusal is
 * audited here, as the endpoint's own {@code @Audited} check would have done. The endpoint's own checks (role, state,
 * the body) follow for those who may see the case.
 */
@Configuration(proxyBeanMethods = false)
class CaseAccessFirst implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Cases cases;
    private final AuditLog auditLog;

    CaseAccessFirst(Cases cases, AuditLog auditLog) {
        this.cases = cases;
        this.auditLog = auditLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/cases/*/**", "/api/v1/cases/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!CHANGES.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> values) || !(values.get("reference") instanceof String reference)) {
            return true;
        }
        var person = CurrentStaff.get();
        if (person.isEmpty()) {
            return true;
        }
        try {
            cases.requireVisible(person.get(), reference);
        } catch (AccessDeniedException | NotFound refused) {
            Audited audited = method.getMethodAnnotation(Audited.class);
            auditLog.record(
                    audited == null ? AuditAction.ALTERATION : audited.action(),
                    audited == null ? "case" : audited.record(),
                    reference,
                    request.getHeader("X-Justification"),
                    AuditOutcome.DENIED,
                    refused instanceof NotFound ? "not found or not visible" : "refused");
            request.setAttribute(Audited.DENIAL_RECORDED, Boolean.TRUE);
            throw refused;
        }
        return true;
    }
}
