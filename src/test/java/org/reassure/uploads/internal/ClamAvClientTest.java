package org.reassure.uploads.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.reassure.testing.ClamAv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The INSTREAM protocol, against stand-ins that answer as clamd does (or do not answer), and the real clamd. */
class ClamAvClientTest {

    @Test
    void the_content_is_sent_in_length_prefixed_chunks_and_a_finding_is_named() throws Exception {
        AtomicReference<byte[]> received = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread stand = serve(server, in -> {
                received.set(readStream(in));
                return "stream: Test.Signature FOUND\0";
            });
            ClamAvClient client = new ClamAvClient("127.0.0.1", server.getLocalPort(), "", Duration.ofSeconds(5));
            byte[] content = new byte[200_000];
            content[199_999] = 7;
            ClamAvClient.Result result = client.scan(content);
            stand.join();
            assertThat(result.verdict()).isEqualTo(ClamAvClient.Verdict.INFECTED);
            assertThat(result.signature()).isEqualTo("Test.Signature");
            assertThat(received.get()).isEqualTo(content);
        }
    }

    @Test
    void a_scanner_that_does_not_answer_in_time_means_quarantine_never_clean() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread stand = serve(server, in -> {
                readStream(in);
                Thread.sleep(3000);
                return "stream: OK\0";
            });
            ClamAvClient client = new ClamAvClient("127.0.0.1", server.getLocalPort(), "", Duration.ofMillis(300));
            assertThat(client.scan(new byte[] {1, 2, 3}).verdict()).isEqualTo(ClamAvClient.Verdict.UNAVAILABLE);
            stand.join();
        }
    }

    @Test
    void an_error_or_an_unreachable_scanner_means_quarantine_and_none_configured_means_not_scanned() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread stand = serve(server, in -> {
                readStream(in);
                return "INSTREAM size limit exceeded. ERROR\0";
            });
            ClamAvClient client = new ClamAvClient("127.0.0.1", server.getLocalPort(), "", Duration.ofSeconds(5));
            assertThat(client.scan(new byte[] {1}).verdict()).isEqualTo(ClamAvClient.Verdict.UNAVAILABLE);
            stand.join();
        }
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        ClamAvClient unreachable = new ClamAvClient("127.0.0.1", closed, "", Duration.ofSeconds(2));
        assertThat(unreachable.scan(new byte[] {1}).verdict()).isEqualTo(ClamAvClient.Verdict.UNAVAILABLE);
        assertThat(unreachable.answers()).isFalse();
        ClamAvClient none = new ClamAvClient("", 3310, "", Duration.ofSeconds(2));
        assertThat(none.scan(new byte[] {1}).verdict()).isEqualTo(ClamAvClient.Verdict.NOT_CONFIGURED);
    }

    @Test
    void a_unix_socket_is_used_when_set() throws Exception {
        Path dir = Files.createTempDirectory("clamd-socket");
        Path path = dir.resolve("clamd.ctl");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            Thread stand = new Thread(() -> {
                try (SocketChannel channel = server.accept()) {
                    readStream(Channels.newInputStream(channel));
                    Channels.newOutputStream(channel).write("stream: OK\0".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            stand.start();
            ClamAvClient client = new ClamAvClient("", 3310, path.toString(), Duration.ofSeconds(5));
            assertThat(client.scan(new byte[] {1, 2}).verdict()).isEqualTo(ClamAvClient.Verdict.CLEAN);
            stand.join();
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void the_real_clamd_finds_the_test_signature_and_passes_a_clean_file() {
        assumeTrue(ClamAv.available(), "clamd is not installed here");
        ClamAv.start();
        ClamAvClient client = new ClamAvClient("127.0.0.1", ClamAv.port(), "", Duration.ofSeconds(30));
        assertThat(client.answers()).isTrue();
        assertThat(client.scan(ClamAv.infectedPdf()).signature()).startsWith(ClamAv.SIGNATURE);
        assertThat(client.scan("nothing to see".getBytes(StandardCharsets.US_ASCII))
                        .verdict())
                .isEqualTo(ClamAvClient.Verdict.CLEAN);
    }

    interface Answer {
        String to(InputStream in) throws Exception;
    }

    private static Thread serve(ServerSocket server, Answer answer) {
        Thread thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                String reply = answer.to(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(reply.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (Exception ignored) {
                // The client gave up first: what the time-out test wants.
            }
        });
        thread.start();
        return thread;
    }

    /** Reads "zINSTREAM\0" then the chunks up to the zero length; the content sent. */
    private static byte[] readStream(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        byte[] command = new byte[10];
        in.readFully(command);
        assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        int length;
        while ((length = in.readInt()) > 0) {
            byte[] chunk = new byte[length];
            in.readFully(chunk);
            content.write(chunk);
        }
        return content.toByteArray();
    }
}
