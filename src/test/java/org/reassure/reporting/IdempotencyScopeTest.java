package org.reassure.reporting;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Idempotency-Key belongs to its caller: a public retry is given the first answer (and its tracking code) only with
 * the secret of the first request, and a partner's key belongs to its API token.
 */
@ReassureTest
class IdempotencyScopeTest {

    static final String REPORT = """
            {"reporterRole":"WITNESS","anonymous":true,"description":"Idempotency scope test.","perceivedHostility":["RACE"]}""";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_public_retry_without_the_first_requests_secret_is_a_conflict_that_does_not_give_the_tracking_code() {
        Api api = new Api(port);
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        JsonNode created = json.readTree(first.body());
        String secret = first.header("Idempotency-Secret").orElseThrow();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

        for (Api.Response other : new Api.Response[] {
            api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key),
            api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key, "Idempotency-Secret", "x".repeat(40))
        }) {
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.contentType()).startsWith("application/problem+json");
            assertThat(other.body())
                    .contains("send the Idempotency-Secret header")
                    .doesNotContain(
                            created.get("trackingCode").asString(),
                            created.get("reference").asString());
            assertThat(other.header("Idempotency-Secret")).isEmpty();
        }

        Api.Response proved =
                api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key, "Idempotency-Secret", secret);
        assertThat(proved.status()).isEqualTo(201);
        assertThat(json.readTree(proved.body())).isEqualTo(created);
    }

    @Test
    void a_public_caller_may_choose_the_secret_with_the_first_request_so_that_a_lost_answer_can_be_asked_for_again() {
        Api api = new Api(port);
        String key = UUID.randomUUID().toString();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        Api.Response first =
                api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key, "Idempotency-Secret", secret);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotency-Secret")).contains(secret);
        Api.Response again =
                api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key, "Idempotency-Secret", secret);
        assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));

        Api.Response tooShort = api.post(
                "/api/v1/reports",
                null,
                REPORT,
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "Idempotency-Secret",
                "short");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("Idempotency-Secret");
    }

    @Test
    void a_partners_key_belongs_to_its_api_token() {
        Api api = new Api(port);
        String token = Tokens.of(tokens, accounts, "thirdparty");
        String otherToken = Tokens.of(tokens, accounts, "thirdparty");
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("/api/v1/reports", token, REPORT, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotency-Secret"))
                .as("the token is the proof")
                .isEmpty();
        Api.Response again = api.post("/api/v1/reports", token, REPORT, "Idempotency-Key", key);
        assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));

        String reference = json.readTree(first.body()).get("reference").asString();
        Api.Response otherTokens = api.post("/api/v1/reports", otherToken, REPORT, "Idempotency-Key", key);
        assertThat(otherTokens.status()).isEqualTo(201);
        assertThat(json.readTree(otherTokens.body()).get("reference").asString())
                .as("another token's same key is another key")
                .isNotEqualTo(reference);
        Api.Response publicCallers = api.post("/api/v1/reports", null, REPORT, "Idempotency-Key", key);
        assertThat(publicCallers.status()).isEqualTo(201);
        assertThat(publicCallers.body()).doesNotContain(reference);
    }
}
