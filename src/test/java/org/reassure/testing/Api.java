package org.reassure.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * A JSON API client, as an integrating system would use it. Every request it sends under {@code /api/} and every
 * answer it gets are checked against the OpenAPI description the running service serves at {@code /v3/api-docs}:
 * a request or an answer the description does not allow fails the test, with each violation listed. A test that
 * sends a deliberately wrong request says so with {@link #invalid()}; its answer is checked all the same.
 */
public final class Api {

    public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {

        /** The first value of an answer's header, if it has one. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream())
                    .findFirst();
        }
    }

    /** One validator per running service (per port), built once from its served description. */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private final String base;
    private final boolean requestMayBeInvalid;
    private final HttpClient client = HttpClient.newHttpClient();

    public Api(int port) {
        this("http://localhost:" + port, false);
    }

    private Api(String base, boolean requestMayBeInvalid) {
        this.base = base;
        this.requestMayBeInvalid = requestMayBeInvalid;
    }

    /**
     * The same client for a request that breaks the description on purpose (a missing field, an unknown code, an
     * address that does not exist): the request is not checked, the answer still is.
     */
    public Api invalid() {
        return new Api(base, true);
    }

    public Response get(String path, String token, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "application/json");
        return send(request, "GET", path, null, token, headers);
    }

    public Response post(String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request, "POST", path, json, token, headers);
    }

    private Response send(
            HttpRequest.Builder request, String method, String path, String json, String token, String... headers) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]); // replaces a default, like Accept
        }
        HttpRequest sent = request.build();
        Response response;
        try {
            HttpResponse<String> answer = client.send(sent, HttpResponse.BodyHandlers.ofString());
            response = new Response(
                    answer.statusCode(),
                    answer.body(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    answer.headers().map());
            if (path.startsWith("/api/")) {
                validate(sent, method, path, json, answer);
            }
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
        return response;
    }

    private void validate(HttpRequest sent, String method, String path, String json, HttpResponse<String> answer) {
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, Api::validatorFor);
        Request request = request(sent, method, path, json);
        SimpleResponse.Builder response = new SimpleResponse.Builder(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        ValidationReport report = validator.validate(request, response.build());
        if (requestMayBeInvalid) {
            if (report.getMessages().stream().anyMatch(Api::noSuchOperation)) {
                // An address or method the description does not have: no answer is described for it, but it must
                // still be a problem.
                assertProblem(method, path, answer);
                return;
            }
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(message -> !message.getKey().startsWith("validation.request."))
                    .toList());
        }
        if (report.hasErrors()) {
            throw new AssertionError(method + " " + path + " (" + answer.statusCode()
                    + ") does not match the OpenAPI description at /v3/api-docs:\n"
                    + report.getMessages().stream()
                            .map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                                    + message.getContext()
                                            .flatMap(ValidationReport.MessageContext::getPointers)
                                            .map(pointers -> " (at " + pointers.getInstance() + ")")
                                            .orElse(""))
                            .collect(Collectors.joining("\n"))
                    + "\n  answer: " + answer.body());
        }
    }

    private static boolean noSuchOperation(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed");
    }

    private static void assertProblem(String method, String path, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() < 400 || !type.startsWith("application/problem+json")) {
            throw new AssertionError(method + " " + path + " is not in the OpenAPI description, and its answer ("
                    + answer.statusCode() + ", " + type + ") is not a problem");
        }
    }

    private static Request request(HttpRequest sent, String method, String path, String json) {
        URI uri = URI.create(path);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        sent.headers().map().forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                request.withQueryParam(decode(name), List.of(decode(value)));
            }
        }
        if (json != null) {
            request.withBody(json);
        }
        return request.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator validatorFor(String base) {
        try {
            HttpResponse<String> docs = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (docs.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + docs.statusCode());
            }
            SwaggerParseResult parsed = new OpenAPIParser().readContents(docs.body(), null, null);
            if (parsed.getOpenAPI() == null) {
                throw new IllegalStateException("/v3/api-docs cannot be read: " + parsed.getMessages());
            }
            return new OpenApiInteractionValidator.Builder()
                    .withApi(Draft4.of(parsed.getOpenAPI()))
                    .build();
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
