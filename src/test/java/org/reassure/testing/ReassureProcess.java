package org.reassure.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs Reassure in a separate JVM, as an administrator would run {@code java -jar reassure.jar}, with the
 * test class path. Used for the command line and for restart and crash tests.
 */
public final class ReassureProcess {

    public record Result(int exitCode, String stdout, String stderr) {}

    private ReassureProcess() {}

    /** Runs a command to completion, feeding {@code stdin}, and returns its exit code and output. */
    public static Result run(Map<String, String> env, String stdin, String... args) {
        try {
            Path out = Files.createTempFile("reassure-out", ".txt");
            Path err = Files.createTempFile("reassure-err", ".txt");
            ProcessBuilder builder =
                    builder(env, args).redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Command did not finish in 120 s: " + String.join(" ", args));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Starts the service (or a command) and returns at once. */
    public static Process start(Map<String, String> env, Path log, String... args) throws IOException {
        return builder(env, args)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.reassure.ReassureApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Every node of a test run speaks to the same Notify stand-in, unless the test says otherwise.
        builder.environment().putAll(NotifyStandIn.environment());
        builder.environment().putAll(ClamAv.environment());
        // An empty value removes the variable, so a child can be kept off an external database.
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder;
    }

    /** The environment that points a child process at the same database as this test run. */
    public static Map<String, String> sameDatabase() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("REASSURE_DEMO_DATA", "false");
        }
        return Map.of(
                "REASSURE_DATA_DIR",
                System.getProperty("reassure.data-dir", "target/test-data"),
                "REASSURE_DEMO_DATA",
                "false");
    }

    /**
     * The environment of a second node named {@code name} on this test run's database: the external one, or this
     * run's embedded PostgreSQL reached through its URL (the node gets a data directory of its own). No demo data.
     */
    public static Map<String, String> joining(DataSource dataSource, String name) throws Exception {
        Map<String, String> env = new HashMap<>(sameDatabase());
        if (System.getenv("SPRING_DATASOURCE_URL") == null
                || System.getenv("SPRING_DATASOURCE_URL").isBlank()) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            env.put("SPRING_DATASOURCE_URL", hikari.getJdbcUrl());
            env.put("SPRING_DATASOURCE_USERNAME", hikari.getUsername());
            env.put(
                    "REASSURE_DATA_DIR",
                    Files.createTempDirectory("reassure-" + name).toString());
        }
        env.put("REASSURE_DEMO_DATA", "false");
        env.put("REASSURE_NODE_NAME", name);
        return env;
    }

    /** Waits until the service on {@code port} answers its health check with UP; fails if the process ends first. */
    public static void awaitHealthy(int port, Process service) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new AssertionError(
                        "The service ended before it became healthy (exit code " + service.exitValue() + ")");
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The service did not become healthy within 120 s");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
