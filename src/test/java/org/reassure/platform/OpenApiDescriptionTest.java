package org.reassure.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The description at /v3/api-docs, saved as target/openapi.json for .ci/run to lint with Redocly CLI. */
@ReassureTest
class OpenApiDescriptionTest {

    @LocalServerPort
    int port;

    @Test
    void the_description_is_saved_for_the_linter() throws IOException {
        Api.Response docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        Files.writeString(Path.of("target", "openapi.json"), docs.body());
    }
}
