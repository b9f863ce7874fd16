package org.reassure.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description at /v3/api-docs: what the API is, and how staff and partners authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reassureOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Reassure API")
                                .version("v1")
                                .description(
                                        "Hate crime reporting, recording and victim care. Staff and partner calls carry "
                                                + "'Authorization: Bearer <token>' (a personal API token from the account page or "
                                                + "'admin create-token'). Errors are application/problem+json; validation failures are 422."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
