package org.reassure.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description at /v3/api-docs names its licence and says who may call what and which problems come back; it is
 * saved as target/openapi.json, which .ci/run lints with Redocly CLI. That the API's traffic matches it is checked by
 * every API test (testing.Api).
 */
@ReassureTest
class OpenApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void the_description_is_saved_for_the_linter() throws IOException {
        Api.Response docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        Files.writeString(Path.of("target", "openapi.json"), docs.body());
    }

    @Test
    void it_names_its_licence_and_every_error_answer_is_a_problem() {
        JsonNode docs = json.readTree(new Api(port).get("/v3/api-docs", null).body());
        assertThat(docs.at("/info/license/identifier").asString()).isEqualTo("MIT");
        assertThat(docs.at("/components/schemas/Problem/required").toString())
                .contains("type", "title", "status", "detail");
        List<String> notProblems = new ArrayList<>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .get("responses")
                                .properties()
                                .forEach(response -> {
                                    if (response.getKey().startsWith("4")
                                            && !response.getValue()
                                                    .at("/content")
                                                    .has("application/problem+json")) {
                                        notProblems.add(
                                                operation.getKey() + " " + path.getKey() + " " + response.getKey());
                                    }
                                })));
        assertThat(notProblems).isEmpty();
    }

    @Test
    void staff_operations_need_a_token_and_may_be_refused_while_reporting_needs_none() {
        JsonNode paths =
                json.readTree(new Api(port).get("/v3/api-docs", null).body()).get("paths");
        JsonNode cases = paths.at("/~1api~1v1~1cases/get");
        assertThat(cases.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        assertThat(cases.get("responses").has("401")).isTrue();
        assertThat(cases.get("responses").has("403")).isTrue();

        JsonNode tracking = paths.at("/~1api~1v1~1reports~1{reference}/get");
        assertThat(tracking.get("security").toString()).isEqualTo("[]");
        assertThat(tracking.get("responses").has("401")).isFalse();
        assertThat(tracking.get("responses").has("429")).isTrue();

        JsonNode reporting = paths.at("/~1api~1v1~1reports/post");
        assertThat(reporting.get("security").toString())
                .as("a third-party centre's token is optional")
                .isEqualTo("[{},{\"bearer\":[]}]");
    }
}
