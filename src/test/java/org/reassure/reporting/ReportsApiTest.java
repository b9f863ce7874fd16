package org.reassure.reporting;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The public reports API exactly as api.md fixes it. */
@ReassureTest
class ReportsApiTest {

    static final String VICTIM_REPORT = """
            {"reporterRole":"VICTIM","anonymous":false,"description":"Someone shouted abuse at me on the bus.",
             "perceivedHostility":["RACE"],"hostilityReason":"About my skin colour","occurredAt":"2026-11-20T21:30:00Z",
             "location":{"description":"The 81 bus","postcode":"tw3 1ab"},
             "reporter":{"name":"Test Person","email":"test@example.com","phone":"07700 900 982","preferredContact":"EMAIL",
                         "language":"en","interpreterNeeded":false},
             "consent":{"contact":true,"referral":false}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void a_report_is_created_with_a_reference_and_a_long_tracking_code_kept_only_as_a_hash() {
        Api.Response response = new Api(port).post("/api/v1/reports", null, VICTIM_REPORT);
        assertThat(response.status()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        String reference = body.get("reference").asString();
        String code = body.get("trackingCode").asString();
        assertThat(reference).matches("HC\\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(code.replace("-", "")).hasSize(24);
        assertThat(body.properties()).hasSize(2);
        String stored = jdbc.sql("SELECT tracking_code_hash FROM report WHERE reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(code).doesNotContain(code).hasSize(64);
        assertThat(jdbc.sql("SELECT postcode FROM report WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("TW3 1AB");
    }

    @Test
    void a_submitted_report_becomes_a_case_with_the_same_reference_in_the_unit_covering_its_postcode() {
        String reference = created(VICTIM_REPORT);
        Map<String, Object> kase = Eventually.await(
                "the case",
                () -> jdbc.sql("""
                SELECT c.status, c.channel, c.anonymous, c.perceived_by, c.account, c.hostility_reason, u.code AS unit
                FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE c.reference = ?""").param(reference).query().listOfRows().stream()
                        .findFirst()
                        .orElse(null));
        assertThat(kase)
                .containsEntry("status", "REPORTED")
                .containsEntry("channel", "ONLINE")
                .containsEntry("anonymous", false)
                .containsEntry("perceived_by", "VICTIM")
                .containsEntry("account", "Someone shouted abuse at me on the bus.")
                .containsEntry("hostility_reason", "About my skin colour")
                .containsEntry("unit", "HNS");
        assertThat(jdbc.sql(
                                "SELECT s.strand_code FROM case_strand s JOIN hate_case c ON c.id = s.case_id WHERE c.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .list())
                .containsExactly("RACE");
        assertThat(jdbc.sql(
                                "SELECT h.what FROM case_history h JOIN hate_case c ON c.id = h.case_id WHERE c.reference = ?"
                                        // The acknowledgement GOV.UK Notify may already have sent has its own line.
                                        + " AND h.actor <> 'GOV.UK Notify'")
                        .param(reference)
                        .query(String.class)
                        .list())
                .containsExactly("Report received");
    }

    @Test
    void a_report_from_a_district_no_unit_covers_goes_to_the_force_triage_queue() {
        String reference = created("""
                {"reporterRole":"WITNESS","anonymous":true,"description":"Graffiti on the mosque wall.",
                 "perceivedHostility":["UNSURE"],"location":{"postcode":"SW1A 1AA"}}""");
        String unit = Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT u.code FROM hate_case c JOIN unit u ON u.id = c.unit_id WHERE c.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .optional()
                        .orElse(null));
        assertThat(unit).isEqualTo("MET");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM case_strand s JOIN hate_case c ON c.id = s.case_id WHERE c.reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT perceived_by FROM hate_case WHERE reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("WITNESS");
    }

    @Test
    void the_same_idempotency_key_and_body_give_the_first_answer_again_and_no_second_report() {
        Api api = new Api(port);
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post("/api/v1/reports", null, VICTIM_REPORT, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        // The first answer's secret proves that the retry comes from whoever sent the first request.
        String secret = first.header("Idempotency-Secret").orElseThrow();
        Api.Response again = api.post(
                "/api/v1/reports",
                null,
                VICTIM_REPORT.replace("\n", " "),
                "Idempotency-Key",
                key,
                "Idempotency-Secret",
                secret);
        assertThat(again.status()).isEqualTo(201);
        assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));
        String reference = json.readTree(first.body()).get("reference").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE description = 'Someone shouted abuse at me on the bus.' "
                                + "AND received_at = (SELECT received_at FROM report WHERE reference = ?)")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT encode(response, 'escape') || coalesce(secret_hash, '') FROM report_idempotency")
                        .query(String.class)
                        .list())
                .noneMatch(stored -> stored.contains(reference) || stored.contains(secret));
    }

    @Test
    void the_same_idempotency_key_with_a_different_body_is_a_conflict() {
        Api api = new Api(port);
        String key = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/reports", null, VICTIM_REPORT, "Idempotency-Key", key)
                        .status())
                .isEqualTo(201);
        Api.Response conflict = api.post(
                "/api/v1/reports", null, VICTIM_REPORT.replace("on the bus", "on the train"), "Idempotency-Key", key);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_anonymous_report_with_personal_details_is_refused_naming_the_field() {
        Api.Response response = new Api(port)
                .post("/api/v1/reports", null, VICTIM_REPORT.replace("\"anonymous\":false", "\"anonymous\":true"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("errors").findValuesAsString("field")).contains("reporter", "consent.contact");
    }

    @Test
    void a_language_is_a_code_of_a_language_offered_and_anything_else_is_refused_naming_the_field() {
        Api api = new Api(port);
        Api.Response typed = api.invalid()
                .post("/api/v1/reports", null, VICTIM_REPORT.replace("\"language\":\"en\"", "\"language\":\"Polish\""));
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.contentType()).startsWith("application/problem+json");
        JsonNode errors = json.readTree(typed.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("reporter.language");
        assertThat(typed.body()).contains("Give the code of a language the service offers, like pl (Polish)");
        Api.Response unknown = api.invalid()
                .post("/api/v1/reports", null, VICTIM_REPORT.replace("\"language\":\"en\"", "\"language\":\"xx\""));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("reporter.language");

        String reference = created(VICTIM_REPORT.replace("\"language\":\"en\"", "\"language\":\"bfi\""));
        assertThat(jdbc.sql(
                                "SELECT language FROM report_person p JOIN report r ON r.id = p.report_id WHERE r.reference = ?")
                        .param(reference)
                        .query(String.class)
                        .single())
                .isEqualTo("bfi");
    }

    @Test
    void every_invalid_field_is_named_with_a_message_that_says_how_to_fix_it() {
        Api.Response response = new Api(port).invalid().post("/api/v1/reports", null, """
                {"reporterRole":"BYSTANDER","description":"  ","perceivedHostility":["ASTROLOGY"],"occurredAt":"next tuesday",
                 "location":{"postcode":"not a postcode"},
                 "reporter":{"email":"not-an-email","phone":"call me"}}""");
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "reporterRole",
                        "anonymous",
                        "description",
                        "perceivedHostility",
                        "occurredAt",
                        "location.postcode",
                        "reporter.email",
                        "reporter.phone");
        assertThat(response.body())
                .contains(
                        "Enter an email address in the correct format, like name@example.com", "Tell us what happened");
    }

    @Test
    void no_hostility_at_all_is_refused_and_unsure_is_accepted() {
        Api api = new Api(port);
        Api.Response none = api.post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":true,"description":"x","perceivedHostility":[]}""");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("perceivedHostility");
        assertThat(api.post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":true,"description":"x","perceivedHostility":["UNSURE"]}""").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":true,"description":"x","perceivedHostility":["ALTERNATIVE_SUBCULTURE"]}""").status())
                .as("a local strand")
                .isEqualTo(201);
    }

    @Test
    void very_long_non_latin_text_is_kept_and_control_characters_are_refused_naming_the_field() {
        String welshAndArabic = "Digwyddodd hyn ger yr orsaf. حدث هذا بالقرب من المحطة. ".repeat(300);
        Api.Response control = new Api(port).post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":true,"perceivedHostility":["RELIGION"],
                 "description":"%s\\u0000\\u0007"}""".formatted(welshAndArabic));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("\"field\":\"description\"");
        String reference = created("""
                {"reporterRole":"VICTIM","anonymous":true,"perceivedHostility":["RELIGION"],
                 "description":"%s<script>alert(1)</script>"}""".formatted(welshAndArabic));
        String stored = jdbc.sql("SELECT description FROM report WHERE reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("Digwyddodd hyn").contains("حدث هذا").endsWith("<script>alert(1)</script>");
        Api.Response tooLong = new Api(port).post("/api/v1/reports", null, """
                {"reporterRole":"VICTIM","anonymous":true,"perceivedHostility":["RACE"],"description":"%s"}""".formatted("a".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Enter 20,000 characters or fewer");
    }

    @Test
    void a_body_over_1_mb_is_refused_before_it_is_read() {
        Api.Response response = new Api(port)
                .invalid()
                .post("/api/v1/reports", null, "{\"description\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request_not_a_server_error() {
        assertThat(new Api(port)
                        .invalid()
                        .post("/api/v1/reports", null, "{not json")
                        .status())
                .isEqualTo(400);
        assertThat(new Api(port)
                        .invalid()
                        .post("/api/v1/reports", null, "{\"anonymous\":\"perhaps\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void the_reporter_follows_the_report_with_the_tracking_code() {
        Api api = new Api(port);
        JsonNode created =
                json.readTree(api.post("/api/v1/reports", null, VICTIM_REPORT).body());
        String reference = created.get("reference").asString();
        Eventually.await(
                "the case",
                () -> jdbc.sql("SELECT count(*) FROM hate_case WHERE reference = ?")
                                .param(reference)
                                .query(Long.class)
                                .single()
                        > 0);
        Api.Response tracked = api.get(
                "/api/v1/reports/" + reference,
                null,
                "X-Tracking-Code",
                created.get("trackingCode").asString());
        assertThat(tracked.status()).isEqualTo(200);
        JsonNode body = json.readTree(tracked.body());
        assertThat(body.get("reference").asString()).isEqualTo(reference);
        assertThat(body.get("status").asString()).isEqualTo("REPORTED");
        assertThat(body.get("receivedAt").asString()).isNotBlank();
        assertThat(body.get("officer").isNull()).isTrue();
        assertThat(body.get("updates").get(0).get("text").asString()).isEqualTo("We received your report.");
    }

    @Test
    void a_wrong_code_and_an_unknown_reference_are_the_same_404() {
        Api api = new Api(port);
        String reference = created(VICTIM_REPORT);
        Api.Response wrongCode =
                api.get("/api/v1/reports/" + reference, null, "X-Tracking-Code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
        Api.Response unknown =
                api.get("/api/v1/reports/HC26-ZZZZ-ZZZZ", null, "X-Tracking-Code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(withoutInstance(wrongCode.body())).isEqualTo(withoutInstance(unknown.body()));
    }

    @Test
    void wrong_codes_from_an_exempt_address_never_refuse_it_nor_the_right_code() {
        Api api = new Api(port);
        JsonNode created =
                json.readTree(api.post("/api/v1/reports", null, VICTIM_REPORT).body());
        String reference = created.get("reference").asString();
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(api.get("/api/v1/reports/" + reference, null, "X-Tracking-Code", "WRONG" + attempt)
                            .status())
                    .isEqualTo(404);
        }
        assertThat(api.get(
                                "/api/v1/reports/" + reference,
                                null,
                                "X-Tracking-Code",
                                created.get("trackingCode").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the_openapi_description_documents_both_public_operations() {
        Api.Response docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.body())
                .contains(
                        "/api/v1/reports",
                        "/api/v1/reports/{reference}",
                        "Idempotency-Key",
                        "X-Tracking-Code",
                        "perceivedHostility");
    }

    /** The problem's {@code instance} is the address asked for, which differs by design. */
    private JsonNode withoutInstance(String body) {
        var node = (tools.jackson.databind.node.ObjectNode) json.readTree(body);
        node.remove("instance");
        return node;
    }

    private String created(String body) {
        Api.Response response = new Api(port).post("/api/v1/reports", null, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("reference").asString();
    }
}
