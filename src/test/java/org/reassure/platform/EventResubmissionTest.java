package org.reassure.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.reassure.testing.ReassureProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event that a listener could not handle stays in the event publication registry, and a restart hands it to the
 * listener again: a report accepted while no force could receive it becomes a case once a force is set up and the
 * service restarts.
 */
class EventResubmissionTest {

    private final Path dataDir =
            Path.of("target", "restart-test", "resubmission").toAbsolutePath();

    @Test
    void an_event_left_incomplete_is_handled_after_a_restart() throws Exception {
        Files.createDirectories(dataDir);
        Map<String, String> env = new HashMap<>();
        env.put("REASSURE_DATA_DIR", dataDir.toString());
        env.put("REASSURE_DEMO_DATA", "false");
        env.put("SPRING_DATASOURCE_URL", "");
        env.put("SPRING_DATASOURCE_USERNAME", "");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        HttpClient http = HttpClient.newHttpClient();
        int port = ReassureProcess.freePort();

        String reference;
        Process first =
                ReassureProcess.start(env, dataDir.resolveSibling("resubmission-1.log"), "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, first);
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"reporterRole": "VICTIM", "anonymous": true,
                                     "description": "Someone shouted abuse at me at the bus stop.",
                                     "perceivedHostility": ["RACE"]}"""))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher found =
                    Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
            assertThat(found.find()).isTrue();
            reference = found.group(1);
            // Case work's listener fails: no force is set up to take the report. The event stays incomplete.
            Thread.sleep(2_000);
        } finally {
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
        }

        assertThat(ReassureProcess.run(env, null, "admin", "create-unit", "--code", "RSB", "--name", "Resubmit force")
                        .exitCode())
                .isZero();
        assertThat(ReassureProcess.run(
                                env,
                                "a-long-password-1\n",
                                "admin",
                                "create-user",
                                "--username",
                                "resubmit.analyst",
                                "--name",
                                "Resubmit Analyst",
                                "--roles",
                                "ANALYST",
                                "--unit",
                                "RSB")
                        .exitCode())
                .isZero();
        String token = ReassureProcess.run(env, null, "admin", "create-token", "--username", "resubmit.analyst")
                .stdout()
                .strip();

        Process second =
                ReassureProcess.start(env, dataDir.resolveSibling("resubmission-2.log"), "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, second);
            HttpRequest lookUp = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/cases/" + reference))
                    .header("Authorization", "Bearer " + token)
                    .header("X-Justification", "Checking that an incomplete event was handled after a restart")
                    .build();
            int status = 0;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                status = http.send(lookUp, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(status).as("the report became a case after the restart").isEqualTo(200);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
