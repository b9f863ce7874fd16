package org.reassure.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.reassure.testing.ReassureProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data across restarts, and a service killed with {@code kill -9}
 * (which leaves the embedded postmaster running) starts again with nothing lost.
 */
class RestartAndCrashTest {

    private final Path dataDir = Path.of("target", "restart-test", "data").toAbsolutePath();

    @Test
    void data_survives_a_restart_and_a_kill_minus_nine_of_the_service() throws Exception {
        Files.createDirectories(dataDir);
        Map<String, String> env = embeddedOnly();

        ReassureProcess.Result unit =
                ReassureProcess.run(env, null, "admin", "create-unit", "--code", "KEEP", "--name", "Kept force");
        assertThat(unit.exitCode()).as(unit.stderr()).isZero();

        int port = ReassureProcess.freePort();
        Process service = ReassureProcess.start(env, dataDir.resolveSibling("service-1.log"), "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, service);
            // A command run while the service is up shares its database rather than starting a second one.
            ReassureProcess.Result user = ReassureProcess.run(
                    env,
                    "a-long-password-1\n",
                    "admin",
                    "create-user",
                    "--username",
                    "kept.user",
                    "--name",
                    "Kept User",
                    "--roles",
                    "ANALYST",
                    "--unit",
                    "KEEP");
            assertThat(user.exitCode()).as(user.stderr()).isZero();
        } finally {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the postmaster outlives a killed JVM")
                .contains(true);

        ReassureProcess.Result token =
                ReassureProcess.run(env, null, "admin", "create-token", "--username", "kept.user");
        assertThat(token.exitCode()).as(token.stderr()).isZero();
        assertThat(token.stdout().strip()).startsWith("rsr_");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphaned postmaster was stopped")
                .isFalse();

        Process again = ReassureProcess.start(env, dataDir.resolveSibling("service-2.log"), "--server.port=" + port);
        try {
            ReassureProcess.awaitHealthy(port, again);
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Map<String, String> embeddedOnly() {
        Map<String, String> env = new HashMap<>();
        env.put("REASSURE_DATA_DIR", dataDir.toString());
        env.put("REASSURE_DEMO_DATA", "false");
        env.put("SPRING_DATASOURCE_URL", "");
        env.put("SPRING_DATASOURCE_USERNAME", "");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        return env;
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .get(0)
                .trim());
    }
}
