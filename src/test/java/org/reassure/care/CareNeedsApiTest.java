package org.reassure.care;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.Formats;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Needs assessments and statements through the staff API, as versions, with 422s naming each bad field. */
@ReassureTest
class CareNeedsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Test
    void a_needs_assessment_and_a_statement_are_added_as_versions_and_bad_values_are_422() {
        Api api = new Api(port);
        String token = Tokens.of(tokens, accounts, "supervisor");
        String ref = TestCases.newReport(jdbc, "HNS");
        String base = "/api/v1/cases/" + ref;

        Api.Response bad = api.post(
                base + "/needs-assessments",
                token,
                "{\"risk\": \"EXTREME\", \"interpreterNeeded\": true, \"refusedChannels\": [\"PIGEON\"]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body())
                .contains(
                        "\"field\":\"risk\"",
                        "There is no risk 'EXTREME'",
                        "\"field\":\"refusedChannels\"",
                        "\"field\":\"language\"",
                        "\"field\":\"preferredChannel\"",
                        "\"field\":\"updateEveryDays\"");
        Api.Response made = api.post(base + "/needs-assessments", token, """
                {"interpreterNeeded": false, "risk": "MEDIUM", "riskReasons": "Second incident this month", "intimidated": true,
                 "preferredChannel": "EMAIL", "updateEveryDays": 14, "refusedChannels": ["PHONE"], "noMessages": true,
                 "safeTimes": "After 6pm"}""");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.body())
                .contains(
                        "\"version\":1",
                        "\"risk\":\"MEDIUM\"",
                        "\"refusedChannels\":[\"PHONE\"]",
                        "\"assessedBy\":\"supervisor\"");
        api.post(
                base + "/needs-assessments",
                token,
                "{\"interpreterNeeded\": false, \"risk\": \"STANDARD\", \"preferredChannel\": \"EMAIL\", \"updateEveryDays\": 28}");
        Api.Response versions = api.get(base + "/needs-assessments", token);
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body().indexOf("\"version\":2"))
                .isLessThan(versions.body().indexOf("\"version\":1"))
                .isPositive();

        String today = LocalDate.now(Formats.UK).toString();
        Api.Response noChoice = api.post(
                base + "/statements",
                token,
                "{\"kind\": \"VICTIM_PERSONAL\", \"text\": \"I stay in at night now.\", \"takenBy\": \"PC Reid\", \"takenOn\": \"someday\"}");
        assertThat(noChoice.status()).isEqualTo(422);
        assertThat(noChoice.body()).contains("\"field\":\"takenOn\"");
        Api.Response statement = api.post(
                base + "/statements",
                token,
                "{\"kind\": \"VICTIM_PERSONAL\", \"text\": \"I stay in at night now.\","
                        + " \"takenBy\": \"PC Reid\", \"takenOn\": \"" + today + "\", \"readAloud\": \"NOT_READ\"}");
        assertThat(statement.status()).as(statement.body()).isEqualTo(201);
        assertThat(statement.body()).contains("\"version\":1", "\"readAloud\":\"NOT_READ\"");
        assertThat(api.get(base + "/statements", token).body())
                .contains("I stay in at night now.", "\"takenBy\":\"PC Reid\"");
        assertThat(api.get("/api/v1/cases/" + TestCases.newReport(jdbc, "EAL") + "/statements", token)
                        .status())
                .isEqualTo(403);
    }
}
