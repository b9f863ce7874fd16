package org.reassure.platform.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import org.reassure.platform.RolesFirst;

/**
 * Checks {@link RolesFirst} before the handler's arguments are resolved, so before a request body is read or checked:
 * the refusal is Spring Security's (403, audited), as any other.
 */
class RolesFirstInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RolesFirst onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RolesFirst.class);
        RolesFirst roles = onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RolesFirst.class);
        if (roles == null) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = caller != null
                && caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority ->
                                Arrays.stream(roles.value()).anyMatch(role -> authority.equals("ROLE_" + role)));
        if (!allowed) {
            throw new AccessDeniedException("The caller's role may not use this endpoint.");
        }
        return true;
    }
}
