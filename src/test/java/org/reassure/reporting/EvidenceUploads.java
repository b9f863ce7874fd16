package org.reassure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reassure.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence step as a browser uses it: reaching it, posting a file, sending the report, downloading as staff. */
final class EvidenceUploads {

    private static final Pattern UPLOAD = Pattern.compile("action=\"(/report/evidence/upload\\?_csrf=[^\"]+)\"");

    private final int port;

    EvidenceUploads(int port) {
        this.port = port;
    }

    /** A new visitor who has answered the steps before the evidence page, the description being "Evidence test". */
    Browser atEvidencePage() {
        Browser browser = new Browser(port);
        browser.get("/report/who");
        browser.post("/report/who", Map.of("reporterRole", "VICTIM"));
        browser.post("/report/what-happened", Map.of("description", "Evidence test"));
        browser.post("/report/when", Map.of("approximately", "Yesterday"));
        browser.post("/report/where", Map.of("whereKind", "ONLINE"));
        browser.post("/report/online", Map.of("platform", "A messaging app"));
        browser.post("/report/why", Map.of("strands", "UNSURE"));
        browser.post("/report/details", Map.of());
        Browser.Page evidence = browser.get("/report/evidence");
        assertThat(evidence.status()).isEqualTo(200);
        return browser;
    }

    /** Posts one file as a browser would, with the page's upload address (which carries the CSRF token). */
    HttpResponse<String> upload(Browser browser, String fileName, byte[] content)
            throws IOException, InterruptedException {
        Matcher action = UPLOAD.matcher(browser.get("/report/evidence").body());
        assertThat(action.find()).isTrue();
        String boundary = "----reassure" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "REASSURE_SESSION=" + browser.sessionCookie())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Leaves the evidence step, stays anonymous and sends the report; its reference. */
    static String send(Browser browser) {
        browser.post("/report/evidence", Map.of());
        browser.post("/report/contact-choice", Map.of("giveDetails", "NO"));
        return JourneySteps.send(browser, browser.get("/report/check"));
    }

    /** A file downloaded by a signed-in member of staff, as bytes. */
    HttpResponse<byte[]> download(Browser staff, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "REASSURE_SESSION=" + staff.sessionCookie())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
