package org.reassure.notifications.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Notify's receipts carry Notify's own token, not a staff one: they pass by the staff API's token filter (a chain of
 * their own, before it) and the controller checks the callback token. The OpenAPI description names that token as a
 * scheme of its own, and takes off the public rate limit's 429, which does not apply here.
 */
@Configuration(proxyBeanMethods = false)
class NotifyReceiptsSecurity {

    static final String SCHEME = "notifyCallback";

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain notifyReceiptsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, NotifyReceiptsController.PATH))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    OpenApiCustomizer notifyCallbackScheme() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(
                    SCHEME,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description("The callback token set in GOV.UK Notify (REASSURE_NOTIFY_CALLBACK_TOKEN)"));
            openApi.setComponents(components);
            PathItem path =
                    openApi.getPaths() == null ? null : openApi.getPaths().get(NotifyReceiptsController.PATH);
            if (path != null && path.getPost() != null) {
                path.getPost().setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
                path.getPost().getResponses().remove("429");
            }
        };
    }
}
