package org.reassure.audit.internal;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.audit.Audited;
import org.reassure.platform.NotFound;

/**
 * Writes the audit entry that an {@link Audited} controller method declares. A refusal is written in a
 * transaction of its own so that it survives the rollback of the refused work.
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditedAspect {

    private final AuditLog auditLog;
    private final TransactionTemplate separateTransaction;

    AuditedAspect(AuditLog auditLog, PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Around("@annotation(audited)")
    Object audit(ProceedingJoinPoint call, Audited audited) throws Throwable {
        String recordId = recordId(call, audited);
        String justification = justification();
        Object result;
        try {
            result = call.proceed();
        } catch (AccessDeniedException | NotFound refused) {
            separateTransaction.executeWithoutResult(status -> auditLog.record(
                    audited.action(),
                    audited.record(),
                    recordId,
                    justification,
                    AuditOutcome.DENIED,
                    refused instanceof NotFound ? "not found or not visible" : "refused"));
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes != null) {
                attributes.setAttribute(Audited.DENIAL_RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
            throw refused;
        }
        auditLog.record(audited.action(), audited.record(), recordId, justification, AuditOutcome.ALLOWED, null);
        return result;
    }

    private static String recordId(ProceedingJoinPoint call, Audited audited) {
        if (audited.id().isEmpty()) {
            return null;
        }
        Method method = ((MethodSignature) call.getSignature()).getMethod();
        String[] names = ((MethodSignature) call.getSignature()).getParameterNames();
        Object[] args = call.getArgs();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(audited.id())) {
                return args[i] == null ? null : args[i].toString();
            }
        }
        throw new IllegalStateException(
                "@Audited names a parameter '" + audited.id() + "' that " + method + " does not have");
    }

    private static String justification() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String header = request.getHeader("X-Justification");
            if (header != null && !header.isBlank()) {
                return header.strip();
            }
            String field = request.getParameter("justification");
            if (field != null && !field.isBlank()) {
                return field.strip();
            }
        }
        return null;
    }
}
