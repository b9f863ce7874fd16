package org.reassure.identity.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.HandlerMapping;

import org.reassure.audit.AuditLog;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccounts;

/**
 * Two filter chains: the JSON API under {@code /api/**} is stateless and takes personal API tokens; the
 * pages use a session shared through the database (so any node can serve any request), with CSRF on
 * every form. Every refusal is audited.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages anyone may see without signing in. Later modules add the public reporting journey here. */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/sign-in",
        "/sign-in/refused",
        "/error",
        "/error/**",
        "/assets/**",
        "/webjars/**",
        "/css/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/report",
        "/report/**",
        "/track",
        "/track/**",
        "/information/**",
        "/accessibility",
        "/privacy",
        "/cookies",
        "/contact",
        "/support",
        "/support/**",
        "/statistics",
        "/statistics/**",
        "/kiosk/**",
        "/js/**"
    };

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokens tokens,
            StaffAccounts accounts,
            AuditLog auditLog,
            MessageSource messages,
            @Lazy List<HandlerMapping> pages)
            throws Exception {
        RefusalHandlers refusals = new RefusalHandlers(auditLog, pages, messages);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(
                        new ApiTokenFilter(tokens, accounts, auditLog, messages),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/reports")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/messages")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/satisfaction")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals::apiUnauthenticated)
                        .accessDeniedHandler(refusals::apiDenied))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pageChain(
            HttpSecurity http,
            SignInHandlers signIn,
            SignInGuards guards,
            AuditLog auditLog,
            MessageSource messages,
            @Lazy List<HandlerMapping> pages)
            throws Exception {
        RefusalHandlers refusals = new RefusalHandlers(auditLog, pages, messages);
        guards.apply(http);
        // Clearing a kiosk visit is harmless to force, and must work after the page's form token has gone with the
        // session.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/kiosk/finish"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/partner", "/partner/**")
                        .hasRole(Role.SUPPORT_ORGANISATION.name())
                        .anyRequest()
                        .authenticated())
                // Until a second factor is proved, only the second-factor pages, sign-out and public pages.
                .addFilterBefore(new SecondFactorGate(PUBLIC_PAGES), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(signIn::succeeded)
                        .failureHandler(signIn::failed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .addLogoutHandler(signIn::signingOut)
                        .logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("REASSURE_SESSION"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals::pageUnauthenticated)
                        .accessDeniedHandler(refusals::pageDenied))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
