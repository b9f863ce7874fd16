package org.reassure.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint (a controller method, or every method of a controller), checked before its body
 * or parameters are read: a caller without one of them gets 403, never an answer about what they sent (a 400 or 422
 * would tell someone who may not act that the address exists and what it expects). The module's own checks (unit,
 * case, state) still follow; this only puts the role's refusal first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RolesFirst {

    /** Role names as the identity module spells them ({@code SUPERVISOR}); any one of them is enough. */
    String[] value();
}
