package org.reassure.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import org.reassure.platform.Languages;
import org.reassure.platform.PublicApi;

/**
 * The description at /v3/api-docs: what the API is, its licence, how staff and partners authenticate, and the
 * problems every operation can answer. The error answers are added by rule, from what the handler method takes and
 * who may call it, so that no operation forgets one and none claims one it cannot give:
 * <ul>
 * <li>401 where a token is taken, 403 where one is required (role or unit not allowed);</li>
 * <li>400 where there is a body or a parameter that may not be read; 415 and 422 where there is a body, 422 also
 * where query parameters are checked;</li>
 * <li>404 where the address names something (a path variable);</li>
 * <li>429 on the public operations (the public rate limit).</li>
 * </ul>
 * Answers only some operations give (409 for a wrong state, 413 for a report too large) are declared on the
 * operation with {@code @ApiResponse}; here every error answer gets the problem shape. Record components that can be
 * null are declared so: every component of a reference type unless it is marked required.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** What each error answer means when the operation says no more. */
    private static final Map<String, String> ERRORS = Map.of(
            "400",
            "The body is not JSON of the expected shape, or a parameter cannot be read",
            "401",
            "No token, or a token that is not valid (expired, revoked or unknown)",
            "403",
            "The caller's role or unit does not allow this",
            "404",
            "Nothing with this reference or id that the caller may see",
            "409",
            "The record is not in a state that allows this",
            "413",
            "The body is too large",
            "415",
            "The body is not application/json",
            "422",
            "Some values could not be accepted; errors names each field",
            "429",
            "Too many public requests from this client in a short time; Retry-After says when to try again");

    @Bean
    OpenAPI reassureOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Reassure API")
                                .version("v1")
                                .license(new License().name("MIT License").identifier("MIT"))
                                .description(
                                        "Hate crime reporting, recording and victim care. Staff and partner calls carry "
                                                + "'Authorization: Bearer <token>' (a personal API token from the account page or "
                                                + "'admin create-token'). Errors are application/problem+json; validation failures are 422."))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal API token"))
                        .addSchemas(PROBLEM, problem())
                        .addSchemas("ProblemField", problemField())
                        .addSchemas(LANGUAGE_CODE, languageCode()));
    }

    /** A language offered, as its BCP 47 code; other modules' schemas refer to it by this name. */
    static final String LANGUAGE_CODE = "LanguageCode";

    private static Schema<String> languageCode() {
        Schema<String> schema = new Schema<>();
        schema.type("string")
                .description(
                        "A language the service offers, as its BCP 47 code in lower case, like pl (Polish), ur "
                                + "(Urdu) or bfi (British Sign Language). Any other value is refused with 422 naming the field.")
                .example("pl");
        schema.setEnum(Languages.all().stream().map(Languages.Language::code).toList());
        return schema;
    }

    /** The security requirement and the error answers of each operation, by rule (see the class comment). */
    @Bean
    OperationCustomizer errorAnswers() {
        return (operation, handler) -> {
            PublicApi open = publicApi(handler);
            boolean tokenTaken = open == null || open.tokenAccepted();
            if (open == null) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            } else if (open.tokenAccepted()) {
                operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
            } else {
                operation.setSecurity(new ArrayList<>());
            }
            boolean body = has(handler, RequestBody.class);
            boolean query = has(handler, RequestParam.class);
            boolean unreadable = body
                    || Arrays.stream(handler.getMethodParameters())
                            .anyMatch(parameter -> (parameter.hasParameterAnnotation(RequestParam.class)
                                            || parameter.hasParameterAnnotation(RequestHeader.class)
                                            || parameter.hasParameterAnnotation(PathVariable.class))
                                    && parameter.getParameterType() != String.class);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                // Springdoc derives no success answer once an operation declares any answer of its own.
                throw new IllegalStateException(handler.getShortLogMessage()
                        + " declares no success answer: add an @ApiResponse for it beside the others");
            }
            addIf(responses, unreadable, "400");
            addIf(responses, tokenTaken, "401");
            addIf(responses, open == null, "403");
            addIf(responses, has(handler, PathVariable.class), "404");
            addIf(responses, body, "415");
            addIf(responses, body || query, "422");
            addIf(responses, open != null, "429");
            ApiResponses sorted = new ApiResponses();
            new TreeMap<>(responses).forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    asProblem(code, response);
                }
                sorted.addApiResponse(code, response);
            });
            operation.setResponses(sorted);
            return operation;
        };
    }

    /** Record components of a reference type may be null unless they are marked required. */
    @Bean
    ModelConverter nullableRecordComponents() {
        return new NullableRecordComponents();
    }

    private static PublicApi publicApi(HandlerMethod handler) {
        PublicApi onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PublicApi.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PublicApi.class);
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static void addIf(ApiResponses responses, boolean condition, String code) {
        if (condition && !responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse());
        }
    }

    private static void asProblem(String code, ApiResponse response) {
        String description = response.getDescription();
        if (description == null || description.isBlank() || isGeneric(code, description)) {
            response.setDescription(ERRORS.getOrDefault(code, "A problem"));
        }
        if ("429".equals(code)) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds to wait before trying again, when the public rate limit was reached")
                            .schema(new Schema<>().types(Set.of("integer"))));
        }
        response.setContent(new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** Springdoc's own descriptions are the status's reason phrase, which says nothing a client can act on. */
    private static boolean isGeneric(String code, String description) {
        try {
            return org.springframework.http.HttpStatus.valueOf(Integer.parseInt(code))
                    .getReasonPhrase()
                    .equalsIgnoreCase(description);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static Schema<?> problem() {
        return object().description("A problem (RFC 9457), in the caller's language (Accept-Language)")
                .addProperty("type", string().description("Always about:blank: the status says what kind of problem"))
                .addProperty("title", string().description("What went wrong, in a few words"))
                .addProperty("status", new Schema<>().types(Set.of("integer")).format("int32"))
                .addProperty("detail", string().description("What went wrong and what to do about it"))
                .addProperty("instance", string().description("The address that was asked for"))
                .addProperty(
                        "errors",
                        new Schema<>()
                                .types(Set.of("array"))
                                .description("With 422 (and a parameter's 400): each field that could not be accepted")
                                .items(new Schema<>().$ref("#/components/schemas/ProblemField")))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> problemField() {
        return object().addProperty(
                        "field",
                        string().description("The field, as a path into the body (reporter.email) or a parameter"))
                .addProperty("message", string().description("What is wrong and how to put it right"))
                .required(List.of("field", "message"));
    }

    private static Schema<Object> object() {
        return new Schema<>().types(Set.of("object"));
    }

    private static Schema<Object> string() {
        return new Schema<>().types(Set.of("string"));
    }

    /**
     * Says which record components can be null: in OpenAPI 3.1, a component of a reference type (String, Boolean,
     * a list, another record) allows null unless it is marked {@code @Schema(requiredMode = REQUIRED)}; primitives
     * are never null. A nested record is {@code anyOf: [{$ref}, {type: null}]}.
     */
    static final class NullableRecordComponents implements ModelConverter {

        private final Map<String, Class<?>> names = new ConcurrentHashMap<>();

        @Override
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            if (resolved == null || type.getType() == null) {
                return resolved;
            }
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (!raw.isRecord()) {
                return resolved;
            }
            String name = resolved.get$ref() == null
                    ? resolved.getName()
                    : resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            Class<?> named = name == null ? null : names.putIfAbsent(name, raw);
            if (named != null && named != raw) {
                // Two records of one simple name would share one schema, and one of them would be described wrongly.
                throw new IllegalStateException("Two records are both named " + name + " in the OpenAPI description: "
                        + named.getName() + " and " + raw.getName() + "; give one a @Schema(name = ...)");
            }
            Schema<?> model = resolved.get$ref() == null
                    ? resolved
                    : context.getDefinedModels().get(name);
            if (model == null || model.getProperties() == null) {
                return resolved;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                String field = jsonName(component);
                Schema<?> property = model.getProperties().get(field);
                boolean required =
                        model.getRequired() != null && model.getRequired().contains(field);
                if (property != null && !component.getType().isPrimitive() && !required) {
                    model.getProperties().put(field, nullable(property));
                }
            }
            return resolved;
        }

        private static String jsonName(RecordComponent component) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static Schema<?> nullable(Schema property) {
            if (allowsNull(property)) {
                return property;
            }
            if (property.get$ref() == null && (property.getTypes() != null || property.getType() != null)) {
                Set<String> types = new LinkedHashSet<>();
                if (property.getTypes() != null) {
                    types.addAll(property.getTypes());
                } else {
                    types.add(property.getType());
                }
                types.add("null");
                property.setTypes(types);
                if (property.getEnum() != null) {
                    List values = new ArrayList(property.getEnum());
                    values.add(null);
                    property.setEnum(values);
                }
                return property;
            }
            Schema wrapper = new Schema<>()
                    .anyOf(List.of(
                            property.get$ref() == null ? property : new Schema<>().$ref(property.get$ref()),
                            new Schema<>().types(Set.of("null"))));
            if (property.get$ref() != null) {
                wrapper.setDescription(property.getDescription());
            }
            return wrapper;
        }

        private static boolean allowsNull(Schema<?> property) {
            if (property.getTypes() != null && property.getTypes().contains("null")) {
                return true;
            }
            return property.getAnyOf() != null
                    && property.getAnyOf().stream()
                            .anyMatch(option -> option.getTypes() != null
                                    && option.getTypes().contains("null"));
        }
    }
}
