package org.reassure.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real ClamAV daemon (Debian's {@code clamav-daemon}) for the tests, started once per test run on a loopback port,
 * with a signature database made here: the public signature feed is not reachable from this machine, so the only
 * signature is one that finds the EICAR test string anywhere in a file. {@code .ci/run} installs the package and sets
 * {@code REASSURE_REQUIRE_CLAMAV=true}, so that the tests that need it fail there rather than skip; on a machine without
 * it they are skipped ({@link #available()}) and the service runs with no scanner, as it would in production without one.
 */
public final class ClamAv {

    /** The EICAR anti-virus test string: harmless, and found by every scanner. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    /** The name clamd gives what it finds with the test signature. */
    public static final String SIGNATURE = "Reassure.Test.EICAR";

    private static final Path DAEMON = Path.of("/usr/sbin/clamd");
    private static final boolean REQUIRED = "true".equalsIgnoreCase(System.getenv("REASSURE_REQUIRE_CLAMAV"));
    private static final int PORT = freePort();
    private static Process process;

    static {
        if (available()) {
            start();
        }
    }

    private ClamAv() {}

    /** Whether clamd is installed here; where it must be ({@code REASSURE_REQUIRE_CLAMAV}), its absence fails. */
    public static boolean available() {
        boolean installed = Files.isExecutable(DAEMON);
        if (!installed && REQUIRED) {
            throw new IllegalStateException("REASSURE_REQUIRE_CLAMAV is set but " + DAEMON + " is not installed");
        }
        return installed;
    }

    public static int port() {
        return PORT;
    }

    /** A PDF with the EICAR string in a comment: a file the service accepts by type, which clamd finds infected. */
    public static byte[] infectedPdf() {
        return ("%PDF-1.4\n% " + EICAR + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts clamd (again) on the same port and waits until it answers PING. */
    public static synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path home = Files.createTempDirectory("reassure-clamav");
            Path database = Files.createDirectories(home.resolve("db"));
            Files.writeString(
                    database.resolve("reassure-test.ndb"),
                    SIGNATURE + ":0:*:" + HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
            Path config = home.resolve("clamd.conf");
            Files.writeString(
                    config,
                    String.join(
                            "\n",
                            "Foreground yes",
                            "DatabaseDirectory " + database,
                            "TCPSocket " + PORT,
                            "TCPAddr 127.0.0.1",
                            "LogFile " + home.resolve("clamd.log"),
                            "StreamMaxLength 20M",
                            ""));
            process = new ProcessBuilder(DAEMON.toString(), "-c", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("clamd.out").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(ClamAv::stop));
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (!answers()) {
                if (Instant.now().isAfter(until) || !process.isAlive()) {
                    throw new IllegalStateException("clamd did not start: see " + home.resolve("clamd.out"));
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new IllegalStateException("clamd could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops clamd, as an outage would; {@link #start()} brings it back on the same port. */
    public static synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).startsWith("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's settings for this clamd, for a child process. Empty where clamd is not installed. */
    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (available()) {
            env.put("REASSURE_CLAMAV_HOST", "127.0.0.1");
            env.put("REASSURE_CLAMAV_PORT", Integer.toString(PORT));
        }
        return env;
    }

    /** Gives the shared test context this clamd as its scanner, where clamd is installed. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (available()) {
                properties.put("reassure.clamav.host", "127.0.0.1");
                properties.put("reassure.clamav.port", Integer.toString(PORT));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("clamav", properties));
        }
    }
}
