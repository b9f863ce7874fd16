package org.reassure.platform;

import java.nio.file.Path;
import java.util.Arrays;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import org.reassure.platform.database.EmbeddedPostgresServer;

/**
 * Starts the embedded PostgreSQL in parallel with Spring's start-up when the service will use it (no
 * database URL given), so that a first start on a fresh machine stays within a few seconds. The data
 * directory is read the same way as {@code reassure.data-dir}: argument, system property, environment,
 * then {@code ./data}.
 */
public final class EmbeddedDatabaseStart {

    private EmbeddedDatabaseStart() {}

    public static void beginIfEmbedded(String[] args) {
        if (argument(args, "spring.datasource.url") != null
                || System.getProperty("spring.datasource.url") != null
                || notBlank(System.getenv("SPRING_DATASOURCE_URL"))) {
            return;
        }
        String dir = argument(args, "reassure.data-dir");
        if (dir == null) {
            dir = System.getProperty("reassure.data-dir");
        }
        if (dir == null && notBlank(System.getenv("REASSURE_DATA_DIR"))) {
            dir = System.getenv("REASSURE_DATA_DIR");
        }
        quietenDatabaseLogs();
        EmbeddedPostgresServer.prestart(Path.of(dir == null ? "./data" : dir).resolve("postgres"));
    }

    /** Logging is not configured yet at this point; keep initdb's chatter out of the console, as the settings do later. */
    private static void quietenDatabaseLogs() {
        if (LoggerFactory.getLogger("io.zonky") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }

    private static String argument(String[] args, String name) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith("--" + name + "="))
                .map(arg -> arg.substring(name.length() + 3))
                .findFirst()
                .orElse(null);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
