package org.reassure.identity.web;

import java.time.Clock;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

import org.reassure.identity.internal.SignInAttempts;
import org.reassure.identity.internal.SsoClients;
import org.reassure.identity.internal.SsoUsers;
import org.reassure.platform.ReassureProperties;

/**
 * What the pages' filter chain adds for signing in, in one place: the throttle before a password is checked, the
 * absolute session time-out, and single sign-on when it is set up.
 */
@Component
class SignInGuards {

    private final SignInAttempts attempts;
    private final SignInHandlers signIn;
    private final SsoClients sso;
    private final SsoUsers ssoUsers;
    private final SsoHandlers ssoHandlers;
    private final ReassureProperties properties;
    private final Clock clock;

    SignInGuards(
            SignInAttempts attempts,
            SignInHandlers signIn,
            SsoClients sso,
            SsoUsers ssoUsers,
            SsoHandlers ssoHandlers,
            ReassureProperties properties,
            Clock clock) {
        this.attempts = attempts;
        this.signIn = signIn;
        this.sso = sso;
        this.ssoUsers = ssoUsers;
        this.ssoHandlers = ssoHandlers;
        this.properties = properties;
        this.clock = clock;
    }

    void apply(HttpSecurity http) throws Exception {
        http.addFilterBefore(new SignInThrottle(attempts, signIn), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new SessionLimits(properties.staffAbsoluteTimeout(), signIn, clock), AuthorizationFilter.class);
        if (sso.enabled()) {
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .clientRegistrationRepository(sso)
                    .userInfoEndpoint(user -> user.oidcUserService(ssoUsers))
                    .successHandler(ssoHandlers::succeeded)
                    .failureHandler(ssoHandlers::failed));
        }
    }
}
