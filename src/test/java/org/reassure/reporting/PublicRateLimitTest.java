package org.reassure.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.reassure.reporting.internal.PublicCounters;
import org.reassure.reporting.internal.Secrets;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client limits on public requests: a friendly page or a 429 problem with Retry-After over the
 * limit, counted in PostgreSQL by a keyed hash that never holds the client's address, and forgotten
 * after the window. Each test is a client of its own (X-Forwarded-For, as from a load balancer).
 */
@ReassureTest
class PublicRateLimitTest {

    static final int LIMIT = 120;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicCounters counters;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_client_over_the_limit_is_asked_kindly_to_wait_on_pages_and_the_api_while_others_carry_on() {
        String client = randomAddress();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(new Api(port)
                            .invalid()
                            .post("/api/v1/reports", null, "{}", "X-Forwarded-For", client)
                            .status())
                    .as("request " + (i + 1))
                    .isEqualTo(422);
        }
        Api.Response api = track(client);
        assertThat(api.status()).isEqualTo(429);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.body()).contains("\"status\":429", "Wait a few minutes", "999");
        long retryAfter = Long.parseLong(api.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/track"))
                .header("X-Forwarded-For", client)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=HC26-ZZZZ-ZZZZ&trackingCode=X")));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body())
                .contains("Please wait a moment", "Wait a few minutes, then try again", "call 999")
                .doesNotContain("Exception", "captcha");

        assertThat(track(randomAddress()).status()).as("another client").isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/information/hate-crime"))
                                .header("X-Forwarded-For", client)
                                .GET())
                        .statusCode())
                .as("reading pages is never limited")
                .isEqualTo(200);
    }

    @Test
    void counters_hold_no_address_only_a_keyed_hash_that_changes_with_the_window_and_are_deleted_after_it() {
        String client = randomAddress();
        track(client);
        List<String> rows = jdbc.sql("SELECT row_to_json(c)::text FROM public_request_counter c")
                .query(String.class)
                .list();
        assertThat(rows).isNotEmpty().noneMatch(row -> row.contains(client));
        assertThat(jdbc.sql("SELECT row_to_json(s)::text FROM public_request_secret s")
                        .query(String.class)
                        .list())
                .noneMatch(row -> row.contains(client));
        String key = counters.clientKey(client, Duration.ofMinutes(10));
        assertThat(key).matches("client:[0-9a-f]{64}").isNotEqualTo("client:" + Secrets.sha256(client));
        assertThat(jdbc.sql("SELECT hits FROM public_request_counter WHERE counter_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT expires_at <= now() + interval '10 minutes' FROM public_request_counter WHERE counter_key = ?")
                        .param(key)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        Timestamp past = Timestamp.from(Instant.now().minus(Duration.ofMinutes(30)));
        jdbc.sql("INSERT INTO public_request_counter (counter_key, window_start, expires_at, hits) VALUES (?, ?, ?, 7)")
                .params(
                        "client:" + "0".repeat(64),
                        past,
                        Timestamp.from(past.toInstant().plus(Duration.ofMinutes(10))))
                .update();
        jdbc.sql(
                        "INSERT INTO public_request_secret (window_start, window_seconds, secret, expires_at) VALUES (?, 600, ?, ?)")
                .params(past, new byte[32], Timestamp.from(past.toInstant().plus(Duration.ofMinutes(10))))
                .update();
        counters.deleteFinishedWindows();
        assertThat(jdbc.sql("SELECT count(*) FROM public_request_counter WHERE expires_at <= now()")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM public_request_secret WHERE expires_at <= now()")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT hits FROM public_request_counter WHERE counter_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .as("the current window stays")
                .isEqualTo(1);
    }

    /**
     * Every POST the service maps (read from the request mappings, so a new one is checked too) is either rate limited
     * for a client over the limit (429 with Retry-After), or not public (sign-in asked for, 401 or 403), or one of the
     * few that only forget something on the device (leaving a tracked report, ending a kiosk visit).
     */
    @Test
    void every_public_post_is_rate_limited_with_retry_after() {
        String client = randomAddress();
        String key = counters.clientKey(client, Duration.ofMinutes(10));
        counters.hit(key, Duration.ofMinutes(10));
        jdbc.sql("UPDATE public_request_counter SET hits = 10000 WHERE counter_key = ?")
                .param(key)
                .update();
        Set<String> paths = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().stream()
                        .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                        .flatMap(info -> info.getPatternValues().stream())
                        .forEach(paths::add));
        assertThat(paths).contains("/support/{code}/contact", "/track/messages", "/report/send");
        Set<String> limited = new TreeSet<>();
        for (String pattern : paths) {
            // A path variable with a pattern takes its first choice ({step:decision|withdrawal} is "decision").
            String path = pattern.replaceAll("\\{\\w+:([\\w-]+)[^}]*}", "$1").replaceAll("\\{[^}]*}", "x");
            Browser browser = new Browser(port, client);
            browser.get("/track");
            Browser.Page answer = browser.post(path, Map.of());
            if (answer.status() == 429) {
                assertThat(answer.header("Retry-After")).as(pattern).isNotNull();
                limited.add(pattern);
                continue;
            }
            boolean notPublic = answer.status() == 401
                    || answer.status() == 403
                    || (answer.status() == 302 && answer.location().contains("/sign-in"));
            // Leaving is always possible; GOV.UK Notify's delivery receipts carry Notify's own bearer token.
            assertThat(notPublic
                            || Set.of("/track/close", "/kiosk/finish", "/api/v1/notify/receipts")
                                    .contains(pattern))
                    .as(
                            "POST %s answered %d (%s) to a client over the limit: a public POST must be rate limited",
                            pattern, answer.status(), answer.location())
                    .isTrue();
        }
        assertThat(limited)
                .contains(
                        "/support/{code}/contact",
                        "/track",
                        "/track/messages",
                        "/track/satisfaction",
                        "/report/send",
                        "/report/{slug}",
                        "/api/v1/reports",
                        "/api/v1/reports/{reference}/messages",
                        "/api/v1/reports/{reference}/satisfaction");
    }

    @Test
    void the_contact_form_of_a_support_organisation_is_limited_like_every_public_form() {
        String client = randomAddress();
        Browser browser = new Browser(port, client);
        browser.get("/support/VSHNS/contact");
        int accepted = 0;
        Browser.Page last = null;
        for (int i = 0; i < LIMIT + 1; i++) {
            last = browser.post("/support/VSHNS/contact", Map.of("name", "A"));
            if (last.status() == 429) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).isEqualTo(LIMIT);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        assertThat(last.body()).contains("Please wait a moment");
    }

    private Api.Response track(String client) {
        String reference = "HC26-" + Secrets.random(4) + "-" + Secrets.random(4);
        return new Api(port)
                .get("/api/v1/reports/" + reference, null, "X-Forwarded-For", client, "X-Tracking-Code", "WRONG");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** An address from the range kept for documentation (RFC 3849), so it belongs to no one; new for every test. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "2001:db8:%x:%x::%x", random.nextInt(1, 0xffff), random.nextInt(1, 0xffff), random.nextInt(1, 0xffff));
    }
}
