package org.reassure.testing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The served description (OpenAPI 3.1) as the request validator can check it. The validator checks schemas with a
 * JSON Schema draft 4 library and reads only 3.0's single {@code type}: given 3.1's {@code types} it would check no
 * type at all. So each schema's {@code types} becomes {@code type}, and {@code [string, "null"]} becomes
 * {@code type: string, nullable: true}, which is the same rule. A schema this cannot say the same way (two types
 * other than null) stops the tests rather than being checked less.
 */
final class Draft4 {

    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private Draft4() {}

    static OpenAPI of(OpenAPI api) {
        Draft4 converter = new Draft4();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(converter::convert);
        }
        if (api.getPaths() != null) {
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(parameter -> converter.convert(parameter.getSchema()));
                        }
                        if (operation.getRequestBody() != null) {
                            converter.convert(operation.getRequestBody().getContent());
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(response -> {
                                converter.convert(response.getContent());
                                if (response.getHeaders() != null) {
                                    response.getHeaders()
                                            .values()
                                            .forEach(header -> converter.convert(header.getSchema()));
                                }
                            });
                        }
                    }));
        }
        return api;
    }

    private void convert(Content content) {
        if (content != null) {
            content.values().forEach(media -> convert(media.getSchema()));
        }
    }

    private void convert(Schema<?> schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            Set<String> others = new LinkedHashSet<>(types);
            boolean nullable = others.remove("null");
            if (others.size() > 1) {
                throw new IllegalStateException("The request validator cannot check a schema of types " + types);
            }
            schema.setType(others.isEmpty() ? "null" : others.iterator().next());
            if (nullable && !others.isEmpty()) {
                schema.setNullable(true);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::convert);
        }
        convert(schema.getItems());
        for (List<Schema> options : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (options != null) {
                options.forEach(this::convert);
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            convert(additional);
        }
    }
}
