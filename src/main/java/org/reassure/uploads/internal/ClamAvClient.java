package org.reassure.uploads.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Speaks to Debian's {@code clamav-daemon} (clamd) over TCP ({@code reassure.clamav.host}/{@code port}) or its unix
 * socket ({@code reassure.clamav.socket}, used when set), with the INSTREAM command: the content is sent in chunks,
 * each after its length in four bytes (big-endian), ending with a zero length; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. Anything else (no answer, an error, longer than {@code reassure.clamav.timeout})
 * is {@link Verdict#UNAVAILABLE}: never clean.
 */
@Component
class ClamAvClient {

    /** What the scanner said. */
    enum Verdict {
        CLEAN,
        INFECTED,
        /** Unreachable, timed out, or answered with an error. */
        UNAVAILABLE,
        /** No scanner is configured. */
        NOT_CONFIGURED
    }

    /** A verdict and, for an infected file, the name of what was found (never the file's own name). */
    record Result(Verdict verdict, String signature) {}

    private static final Logger log = LoggerFactory.getLogger(ClamAvClient.class);
    private static final int CHUNK = 64 * 1024;
    private static final int LONGEST_ANSWER = 4096;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "clamav-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final String host;
    private final int port;
    private final String socket;
    private final Duration timeout;

    ClamAvClient(
            @Value("${reassure.clamav.host:}") String host,
            @Value("${reassure.clamav.port:3310}") int port,
            @Value("${reassure.clamav.socket:}") String socket,
            @Value("${reassure.clamav.timeout:30s}") Duration timeout) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.socket = socket == null ? "" : socket.strip();
        this.timeout = timeout;
    }

    boolean configured() {
        return !host.isEmpty() || !socket.isEmpty();
    }

    /** Where the scanner is, as set: the socket's path or host:port; empty when none is configured. */
    String address() {
        if (!socket.isEmpty()) {
            return socket;
        }
        return host.isEmpty() ? "" : host + ":" + port;
    }

    /** Whether clamd answers PING now. */
    boolean answers() {
        if (!configured()) {
            return false;
        }
        try {
            return ask("zPING\0".getBytes(StandardCharsets.US_ASCII), null).startsWith("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    Result scan(byte[] content) {
        if (!configured()) {
            return new Result(Verdict.NOT_CONFIGURED, null);
        }
        String answer;
        try {
            answer = ask("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII), content);
        } catch (IOException e) {
            log.warn(
                    "The malware scanner could not be reached: {}", e.getClass().getSimpleName());
            return new Result(Verdict.UNAVAILABLE, null);
        }
        if (answer.equals("stream: OK")) {
            return new Result(Verdict.CLEAN, null);
        }
        if (answer.startsWith("stream: ") && answer.endsWith(" FOUND")) {
            return new Result(Verdict.INFECTED, answer.substring(8, answer.length() - 6));
        }
        log.warn(
                "The malware scanner answered with an error: {}",
                answer.length() > 200 ? answer.substring(0, 200) : answer);
        return new Result(Verdict.UNAVAILABLE, null);
    }

    /** Sends a command (and, for INSTREAM, the content) and reads the answer up to its terminating NUL. */
    private String ask(byte[] command, byte[] content) throws IOException {
        try (Connection connection = connect()) {
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> deadline = TIMER.schedule(
                    () -> {
                        timedOut.set(true);
                        connection.closeQuietly();
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                OutputStream out = connection.out();
                out.write(command);
                if (content != null) {
                    try {
                        for (int at = 0; at < content.length; at += CHUNK) {
                            int length = Math.min(CHUNK, content.length - at);
                            out.write(length(length));
                            out.write(content, at, length);
                        }
                        out.write(length(0));
                        out.flush();
                    } catch (IOException refusedMidway) {
                        // clamd may stop reading (a size limit) and still say why: read its answer below.
                        if (timedOut.get()) {
                            throw refusedMidway;
                        }
                    }
                } else {
                    out.flush();
                }
                String answer = readAnswer(connection.in());
                if (timedOut.get()) {
                    throw new IOException("timed out");
                }
                return answer;
            } catch (IOException e) {
                if (timedOut.get()) {
                    throw new IOException("timed out after " + timeout, e);
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && answer.size() < LONGEST_ANSWER) {
            answer.write(b);
        }
        if (answer.size() == 0) {
            throw new IOException("no answer");
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }

    private static byte[] length(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private Connection connect() throws IOException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        if (!socket.isEmpty()) {
            SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            return new Connection(channel, Channels.newInputStream(channel), Channels.newOutputStream(channel));
        }
        Socket tcp = new Socket();
        try {
            tcp.connect(new InetSocketAddress(host, port), Math.min(millis, 5000));
            tcp.setSoTimeout(millis);
            return new Connection(
                    tcp, tcp.getInputStream(), new java.io.BufferedOutputStream(tcp.getOutputStream(), CHUNK + 4));
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
    }

    private record Connection(Closeable resource, InputStream in, OutputStream out) implements Closeable {

        void closeQuietly() {
            try {
                resource.close();
            } catch (IOException ignored) {
                // Already closed.
            }
        }

        @Override
        public void close() throws IOException {
            resource.close();
        }
    }
}
