package org.reassure.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation (or every operation of a controller) that anyone may call without a token: the public reporting
 * and tracking. The OpenAPI description says so (no security requirement, and the 429 of the public rate limit);
 * every other API operation takes a staff or partner token, and may answer 401 and 403. The security filter chain
 * decides who may call what; this only describes it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicApi {

    /** True where a partner's token is also taken when sent (a third-party centre reporting), so a bad one is 401. */
    boolean tokenAccepted() default false;
}
