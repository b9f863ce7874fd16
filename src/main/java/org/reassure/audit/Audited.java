package org.reassure.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, where a request enters (a controller method), what it does to which record, so that the audit
 * log is written in one place and never forgotten. The entry is written when the method returns
 * (ALLOWED) or is refused (DENIED), before the response is sent. The justification is taken from the
 * {@code X-Justification} header or the {@code justification} form field.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

    /** Set on the request when a refusal has been audited already, so the security layer does not audit it again. */
    String DENIAL_RECORDED = "org.reassure.audit.denialRecorded";

    AuditAction action();

    /** The kind of record, like {@code case} or {@code user}. */
    String record();

    /** The name of the method parameter that identifies the record; empty for a list or search. */
    String id() default "";
}
