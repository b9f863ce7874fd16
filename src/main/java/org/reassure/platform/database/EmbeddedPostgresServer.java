package org.reassure.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server used when no database URL is configured. Its files live in a data
 * directory that survives restarts.
 *
 * <p>Three situations are handled before starting:
 * <ul>
 * <li>a postmaster left running by a JVM that was killed ({@code kill -9}) is stopped cleanly first, so
 * the new start recovers with nothing lost;</li>
 * <li>a postmaster that belongs to a JVM still running (the service, while an administrator runs a
 * command) is shared: the command connects to it rather than starting a second server;</li>
 * <li>otherwise a new postmaster is started (after {@code initdb} on an empty directory).</li>
 * </ul>
 * The zonky library holds a file lock ({@code epg-lock}) in the data directory for as long as its JVM
 * lives: that lock tells a live owner from a dead one.
 */
public final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** A server started while Spring boots (see {@link #prestart}), taken by the configuration when the directory matches. */
    private static final AtomicReference<Prestart> PRESTARTED = new AtomicReference<>();

    private record Prestart(Path dir, CompletableFuture<EmbeddedPostgresServer> server) {}

    private final EmbeddedPostgres owned;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.port = port;
    }

    /**
     * Starts (or joins) the server for the given data directory.
     *
     * @param shareRunning whether a server owned by another live JVM may be shared (commands) rather than refused
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean shareRunning) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Optional<RunningPostmaster> running = RunningPostmaster.read(dir);
        if (running.isPresent()) {
            RunningPostmaster postmaster = running.get();
            if (ownerIsAlive(dir)) {
                if (!shareRunning) {
                    throw new IllegalStateException(
                            "The data directory " + dir + " is in use by another running Reassure."
                                    + " Stop it first, or set REASSURE_DATA_DIR to another directory.");
                }
                log.info("Joining the embedded PostgreSQL already running on port {}", postmaster.port());
                return new EmbeddedPostgresServer(null, postmaster.port());
            }
            log.warn(
                    "Found an embedded PostgreSQL (pid {}) left running by a process that ended; stopping it before starting again",
                    postmaster.pid());
            postmaster.stop(STOP_WAIT);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.toFile())
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        return new EmbeddedPostgresServer(postgres, postgres.getPort());
    }

    /**
     * Starts the server on a background thread so that it is ready by the time Spring asks for it: the
     * first start runs initdb and unpacks the binaries, which would otherwise add seconds to start-up.
     */
    public static void prestart(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        PRESTARTED.compareAndSet(null, new Prestart(dir, CompletableFuture.supplyAsync(() -> {
            try {
                return start(dir, false);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        })));
    }

    /** The prestarted server for this directory if there is one, else a server started now. */
    static EmbeddedPostgresServer obtain(Path dataDirectory, boolean shareRunning) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Prestart prestart = PRESTARTED.getAndSet(null);
        if (prestart != null && prestart.dir().equals(dir)) {
            try {
                return prestart.server().join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(failed.getCause());
            }
        }
        return start(dir, shareRunning);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }

    /** True when another live JVM holds the zonky lock on the data directory. */
    private static boolean ownerIsAlive(Path dir) throws IOException {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return true;
        }
    }

    /** The postmaster named in {@code postmaster.pid}, if that process is still a live postgres. */
    record RunningPostmaster(long pid, int port) {

        static Optional<RunningPostmaster> read(Path dir) throws IOException {
            Path pidFile = dir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid;
            int port;
            try {
                pid = Long.parseLong(lines.get(0).trim());
                port = Integer.parseInt(lines.get(3).trim());
            } catch (NumberFormatException unreadable) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> isPostgres(pid))
                    .map(handle -> new RunningPostmaster(pid, port));
        }

        private static boolean isPostgres(long pid) {
            Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
            try {
                return !Files.exists(cmdline)
                        || new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains("postgres");
            } catch (IOException unreadable) {
                return false;
            }
        }

        /** Asks the postmaster for a fast shutdown (it writes a checkpoint), and waits for it to end. */
        void stop(Duration wait) {
            ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
            if (handle == null) {
                return;
            }
            try {
                // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, then a clean checkpoint.
                new ProcessBuilder("kill", "-INT", Long.toString(pid))
                        .inheritIO()
                        .start()
                        .waitFor();
                handle.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notStopped) {
                log.warn(
                        "The old embedded PostgreSQL (pid {}) did not stop in time; ending it (it will recover from its log)",
                        pid);
                handle.destroyForcibly();
                try {
                    handle.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception stillRunning) {
                    throw new IllegalStateException(
                            "Could not stop the old embedded PostgreSQL process " + pid, stillRunning);
                }
            }
        }
    }
}
