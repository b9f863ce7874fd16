package org.reassure.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input no page or API call can use never reaches a 500: control characters and broken encodings are 400, unknown
 * codes and wrong filter values are errors on their fields, an Accept the API cannot give is 406, an oversize body is
 * 413, Tomcat's own refusals carry the service's page and headers and redirects never carry the Host header. None of these leaves a stack trace in the log.
 */
@ReassureTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void nul_and_broken_encodings_in_a_public_address_are_a_400_page_naming_the_parameter(CapturedOutput output) {
        Browser browser = new Browser(port);
        Browser.Page nul = browser.get("/support?area=%00");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body())
                .contains("Sorry, that did not work", "govuk-error-summary", "href=\"/support#area\"")
                .contains("area has a character that cannot be used");
        assertThat(nul.header("Content-Security-Policy")).contains("default-src 'self'");

        assertThat(browser.get("/support?area=%FF%FE").status()).isEqualTo(400);
        assertThat(browser.get("/support?area=%01x").status()).isEqualTo(400);
        assertThat(browser.get("/support?area=a%E2%80%AEb%0D%0A").status())
                .as("right-to-left marks and line ends are text, not control characters")
                .isNotEqualTo(400);
        assertThat(browser.get("/support?area=%C3%A9").status()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("InvalidParameterException", "PSQLException", "\tat org.");
    }

    @Test
    void control_characters_in_a_form_body_are_a_400_page_that_links_to_the_field(CapturedOutput output)
            throws Exception {
        HttpResponse<String> nul = form("/report/who", "who=VICTIM%00");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("govuk-error-summary", "href=\"/report/who#who\"");
        HttpResponse<String> notUtf8 = form("/report/who", "who=%C3%28");
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        HttpResponse<String> broken = form("/report/who", "who=%zz");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("InvalidParameterException", "\tat org.");
    }

    @Test
    void control_characters_in_json_are_a_400_problem_naming_the_field() throws Exception {
        HttpResponse<String> answer = json(
                "POST",
                "/api/v1/reports",
                null,
                "{\"reporterRole\":\"VICTIM\",\"anonymous\":true,\"description\":\"It happened\\u0000 here\","
                        + "\"perceivedHostility\":[\"RACE\"],\"location\":{\"description\":\"x\\u0007\"}}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"description\"");

        HttpResponse<String> badDate = json(
                "POST",
                "/api/v1/reports",
                null,
                "{\"reporterRole\":\"VICTIM\",\"anonymous\":true,\"description\":\"It happened\","
                        + "\"perceivedHostility\":\"RACE\"}");
        assertThat(badDate.statusCode()).isIn(400, 422);
        assertThat(badDate.body()).contains("\"field\":\"perceivedHostility\"");
    }

    @Test
    void unknown_codes_and_wrong_filter_values_on_staff_pages_are_errors_that_keep_what_was_typed(
            CapturedOutput output) {
        Browser supervisor = new Browser(port).signedInAs("supervisor");
        Browser.Page unit = supervisor.get("/cases?unit=NOPE");
        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.body())
                .contains("govuk-error-summary", "There is no unit with the code NOPE", "href=\"#unit\"");
        Browser.Page status = supervisor.get("/cases?status=BOGUS&from=2026-99-99");
        assertThat(status.body())
                .contains("Choose a status from the list", "href=\"#status\"", "href=\"#from\"")
                .contains("value=\"2026-99-99\"");
        assertThat(supervisor.get("/cases?strand=NOPE").body()).contains("Choose a strand from the list");

        Browser.Page care = supervisor.get("/care/satisfaction?unit=NOPE&from-day=31&from-month=2&from-year=2026");
        assertThat(care.status()).isEqualTo(200);
        assertThat(care.body())
                .contains("govuk-error-summary", "There is no unit with the code NOPE", "href=\"#unit\"");
        assertThat(care.body()).contains("value=\"31\"");

        Browser analyst = new Browser(port).signedInAs("analyst");
        Browser.Page export = analyst.get("/insights/export/cases.csv?unit=NOPE");
        assertThat(export.status()).isEqualTo(422);
        assertThat(export.body()).contains("govuk-error-summary", "#unit");
        Browser.Page insights = analyst.get("/insights?unit=NOPE&strand=BOGUS");
        assertThat(insights.body()).contains("govuk-error-summary", "href=\"#unit\"", "href=\"#strand\"");

        Browser.Page audit = new Browser(port).signedInAs("admin").get("/admin/audit?outcome=BOGUS");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("Choose one of the options in the list", "href=\"#outcome\"");
        assertThat(output.getAll()).doesNotContain("Server error");
    }

    @Test
    void unknown_codes_and_wrong_filter_values_in_the_api_are_422_naming_the_field() throws Exception {
        String token = new TokenHelper(port).tokenFor("supervisor");
        HttpResponse<String> unit = json("GET", "/api/v1/cases?unit=NOPE", token, null);
        assertThat(unit.statusCode()).isEqualTo(422);
        assertThat(unit.body()).contains("\"field\":\"unit\"");
        HttpResponse<String> status = json("GET", "/api/v1/cases?status=BOGUS", token, null);
        assertThat(status.statusCode()).isEqualTo(422);
        assertThat(status.body()).contains("\"field\":\"status\"");
    }

    @Test
    void an_accept_the_api_cannot_give_is_406_problem_json() throws Exception {
        String token = new TokenHelper(port).tokenFor("supervisor");
        HttpResponse<String> xml = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/xml")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(xml.body()).contains("\"status\":406");

        HttpResponse<String> publicXml = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(publicXml.statusCode()).isEqualTo(406);
    }

    @Test
    void a_form_body_of_10_mb_is_413_without_a_stack_trace(CapturedOutput output) throws Exception {
        String body = "who=" + "a".repeat(10 * 1024 * 1024);
        HttpResponse<String> page = form("/report/who", body);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Sorry, that did not work");
        HttpResponse<String> staff = form("/cases/HC26-NOPE-NOPE/notes", body);
        assertThat(staff.statusCode()).isEqualTo(413);
        assertThat(output.getAll()).doesNotContain("InvalidParameterException", "\tat org.");
    }

    @Test
    void requests_tomcat_refuses_itself_get_the_services_page_and_headers() throws IOException {
        for (String line : new String[] {"GET /% HTTP/1.1", "GET /report?x=%zz HTTP/1.1", "GET /a b HTTP/1.1"}) {
            String answer = raw(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(line).startsWith("HTTP/1.1 400");
            assertThat(answer)
                    .as(line)
                    .contains("Content-Security-Policy: default-src 'self'", "X-Frame-Options: DENY")
                    .contains("Sorry, that did not work", "govuk-frontend")
                    .doesNotContain("Apache Tomcat", "HTTP Status 400");
        }
        String api = raw("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
        String header = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n");
        assertThat(header).startsWith("HTTP/1.1 400").contains("Content-Security-Policy");
    }

    @Test
    void redirects_never_carry_the_host_header() throws IOException {
        String cases = raw("GET /cases HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(cases).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(header(cases, "Location")).isEqualTo("/sign-in");
        String journey = raw("GET /report/send HTTP/1.1\r\nHost: evil.example:8443\r\nConnection: close\r\n\r\n");
        assertThat(journey).doesNotContain("evil.example");
    }

    private HttpResponse<String> form(String path, String body) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> json(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends bytes exactly as given (no client would send these) and reads the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        for (String line : answer.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }
}
