package org.reassure.reporting;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.reporting.internal.PublicCounters;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong tracking codes throttle the guesser, never the reporter: the right code opens the report whatever wrong codes
 * came before from other addresses; the address sending wrong codes is slowed, then refused, with Retry-After; many
 * wrong codes for one report are audited and shown on its case. Each client is an address of its own
 * (X-Forwarded-For, as from a load balancer).
 */
@ReassureTest
class TrackingGuessersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PublicCounters counters;

    @Test
    void
            the_right_code_opens_the_report_after_50_wrong_ones_from_other_addresses_which_are_audited_and_shown_on_the_case() {
        Receipt report = newReport();
        for (int i = 0; i < 50; i++) {
            Api.Response wrong = track(report.reference(), "WRONG-" + i, randomAddress());
            assertThat(wrong.status()).as("wrong code " + (i + 1)).isEqualTo(404);
        }
        Api.Response right = track(report.reference(), report.trackingCode(), randomAddress());
        assertThat(right.status()).isEqualTo(200);
        assertThat(json.readTree(right.body()).get("reference").asString()).isEqualTo(report.reference());

        Browser reporter = new Browser(port, randomAddress());
        reporter.get("/track");
        Browser.Page page =
                reporter.post("/track", Map.of("reference", report.reference(), "trackingCode", report.trackingCode()));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/track/report");
        assertThat(reporter.get("/track/report").body()).contains(report.reference());

        // Counted per reference only to alert: one audit entry when the threshold (10) is reached, naming no address.
        assertThat(jdbc.sql("""
                        SELECT detail FROM audit_event WHERE record_type = 'report' AND record_id = ?
                        AND action = 'ACCESS' AND outcome = 'DENIED'""").param(report.reference()).query(String.class).list())
                .singleElement()
                .asString()
                .contains("10 wrong tracking codes within 15 minutes")
                .doesNotContain("2001:db8");
        // The officers see it on the case.
        Browser officer = new Browser(port).signedInAs("callhandler");
        String casePage = Eventually.await("the case history to show the guessing", () -> {
            String body = officer.get("/cases/" + report.reference()).body();
            return body.contains("10 wrong tracking codes tried within 15 minutes") ? body : null;
        });
        assertThat(casePage).contains("the reporter&#39;s own code still works");
    }

    @Test
    void wrong_codes_slow_the_address_sending_them_with_retry_after_while_the_reporter_elsewhere_carries_on() {
        Receipt report = newReport();
        String guesser = randomAddress();
        assertThat(track(report.reference(), "WRONG-1", guesser).status()).isEqualTo(404);
        assertThat(track(report.reference(), "WRONG-2", guesser).status()).isEqualTo(404);
        // After two wrong codes the guesser waits (2 s at first), even for the right code.
        Api.Response slowed = track(report.reference(), report.trackingCode(), guesser);
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.contentType()).contains("application/problem+json");
        assertThat(slowed.body()).contains("too many wrong tracking codes from your connection", "999");
        assertThat(Long.parseLong(slowed.header("Retry-After").orElseThrow())).isBetween(1L, 2L);

        Browser page = new Browser(port, guesser);
        page.get("/track");
        Browser.Page waiting = page.post("/track", Map.of("reference", report.reference(), "trackingCode", "WRONG-3"));
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isNotNull();
        assertThat(waiting.body()).contains("Please wait a moment", "999");

        assertThat(track(report.reference(), report.trackingCode(), randomAddress())
                        .status())
                .as("the reporter, elsewhere")
                .isEqualTo(200);
        // Once the wait is over, the guesser may try again (and the right code works for them too).
        Eventually.await("the wait to pass", () -> {
            Api.Response again = track(report.reference(), report.trackingCode(), guesser);
            return again.status() == 200 ? again : null;
        });
    }

    @Test
    void an_address_past_the_limit_of_wrong_codes_is_refused_until_the_window_ends_and_others_are_not() {
        Receipt report = newReport();
        String guesser = randomAddress();
        Duration window = Duration.ofMinutes(15);
        String key = counters.guesserKey(guesser, window);
        for (int i = 0; i < 5; i++) {
            counters.hit(key, window);
        }
        Api.Response refused = track(report.reference(), report.trackingCode(), guesser);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow()))
                .as("until the 15-minute window ends")
                .isBetween(1L, 900L);
        Api.Response message = new Api(port)
                .post(
                        "/api/v1/reports/" + report.reference() + "/messages",
                        null,
                        "{\"text\":\"Hello\"}",
                        "X-Forwarded-For",
                        guesser,
                        "X-Tracking-Code",
                        report.trackingCode());
        assertThat(message.status()).isEqualTo(429);
        assertThat(message.header("Retry-After")).isPresent();
        assertThat(track(report.reference(), report.trackingCode(), randomAddress())
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT row_to_json(c)::text FROM public_request_counter c")
                        .query(String.class)
                        .list())
                .noneMatch(row -> row.contains(guesser));
    }

    record Receipt(String reference, String trackingCode) {}

    private Receipt newReport() {
        Api.Response created = new Api(port).post("/api/v1/reports", null, ReportsApiTest.VICTIM_REPORT);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        return new Receipt(
                body.get("reference").asString(), body.get("trackingCode").asString());
    }

    private Api.Response track(String reference, String code, String client) {
        return new Api(port)
                .get("/api/v1/reports/" + reference, null, "X-Forwarded-For", client, "X-Tracking-Code", code);
    }

    /** An address from the range kept for documentation (RFC 3849), so it belongs to no one. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "2001:db8:%x:%x::%x", random.nextInt(1, 0xffff), random.nextInt(1, 0xffff), random.nextInt(1, 0xffff));
    }
}
