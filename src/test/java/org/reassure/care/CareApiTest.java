package org.reassure.care;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.testing.Api;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The contacts and tasks endpoints of api.md, as an integrating system uses them. */
@ReassureTest
class CareApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    Api api;
    String supervisor;
    String investigator;

    @BeforeEach
    void tokens() {
        api = new Api(port);
        supervisor = Tokens.of(tokens, accounts, "supervisor");
        investigator = Tokens.of(tokens, accounts, "investigator");
    }

    @Test
    void tasks_of_a_case_list_each_clock_with_its_rule_and_a_first_contact_completes_the_first_contact_task() {
        String ref = recordedCrime();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get("/api/v1/tasks?case=" + ref, supervisor).body().contains("REFERRAL"));
        Api.Response list = api.get("/api/v1/tasks?case=" + ref, supervisor);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains(
                        "\"case\":\"" + ref + "\"",
                        "\"kind\":\"FIRST_CONTACT\"",
                        "\"status\":\"OPEN\"",
                        "\"rule\":\"VICTIMS_CODE_FIRST_CONTACT\"",
                        "\"rule\":\"VICTIMS_CODE_REFERRAL\"",
                        "\"dueAt\":\"");

        Api.Response attempt = api.post(
                contacts(ref),
                supervisor,
                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"PHONE\", \"outcome\": \"NO_ANSWER\"}");
        assertThat(attempt.status()).as(attempt.body()).isEqualTo(201);
        assertThat(attempt.body()).as("an attempt completes nothing").contains("\"completedTask\":null");

        Api.Response made = api.post(
                contacts(ref),
                supervisor,
                "{\"kind\": \"FIRST_CONTACT\", \"channel\": \"PHONE\", \"outcome\": \"MADE\"," + " \"at\": \""
                        + Instant.now().minusSeconds(60)
                        + "\", \"note\": \"Victim wants updates by phone after 5pm\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String taskId = field(made.body(), "completedTask");
        assertThat(api.get("/api/v1/tasks?case=" + ref, supervisor).body())
                .contains(
                        "{\"id\":\"" + taskId + "\",\"case\":\"" + ref + "\",\"kind\":\"FIRST_CONTACT\"",
                        "\"status\":\"DONE\"");
        assertThat(api.get(contacts(ref), supervisor).body())
                .contains("Victim wants updates by phone after 5pm", "NO_ANSWER");
    }

    @Test
    void a_contact_in_the_future_or_with_unknown_codes_is_a_422_and_nothing_is_logged() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response future = api.post(
                contacts(ref),
                supervisor,
                "{\"kind\": \"UPDATE\", \"channel\": \"PHONE\", \"outcome\": \"MADE\", \"at\": \"2099-01-01T10:00:00Z\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.body()).contains("\"field\":\"at\"", "must be now or in the past");
        Api.Response unknown = api.post(
                contacts(ref), supervisor, "{\"kind\": \"REFERRAL\", \"channel\": \"PIGEON\", \"at\": \"yesterday\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body())
                .contains("\"field\":\"kind\"", "\"field\":\"channel\"", "\"field\":\"outcome\"", "\"field\":\"at\"");
        Api.Response beforeReport = api.post(
                contacts(ref),
                supervisor,
                "{\"kind\": \"UPDATE\", \"channel\": \"PHONE\", \"outcome\": \"MADE\", \"at\": \"2020-01-01T10:00:00Z\"}");
        assertThat(beforeReport.body()).contains("cannot be before the report was received");
        assertThat(jdbc.sql("SELECT count(*) FROM care_contact WHERE case_reference = ?")
                        .param(ref)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_task_completed_twice_is_a_409() {
        String ref = recordedCrime();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get("/api/v1/tasks?case=" + ref, supervisor).body().contains("REFERRAL"));
        String referral = jdbc.sql("SELECT id::text FROM care_task WHERE case_reference = ? AND kind = 'REFERRAL'")
                .param(ref)
                .query(String.class)
                .single();
        Api.Response first = api.post("/api/v1/tasks/" + referral + "/completion", supervisor, "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"status\":\"DONE\"");
        Api.Response second = api.post("/api/v1/tasks/" + referral + "/completion", supervisor, "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("already done");
    }

    @Test
    void my_tasks_are_those_assigned_to_me_and_other_units_cases_are_refused() {
        String ref = recordedCrime();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api.get("/api/v1/tasks?case=" + ref, supervisor).body().contains("REFERRAL"));
        Api.Response allocated = api.post(
                "/api/v1/cases/" + ref + "/allocation",
                supervisor,
                "{\"unit\": \"HNS-CSU\", \"officer\": \"investigator\"}");
        assertThat(allocated.status()).as(allocated.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/tasks?assignee=me", investigator)
                        .body()
                        .contains(ref));
        assertThat(api.get("/api/v1/tasks?assignee=me", investigator).body()).contains("\"kind\":\"FIRST_CONTACT\"");
        assertThat(api.get("/api/v1/tasks", investigator).status()).isEqualTo(422);
        String elsewhere = TestCases.newReport(jdbc, "EAL");
        assertThat(api.get("/api/v1/tasks?case=" + elsewhere, supervisor).status())
                .isEqualTo(403);
        assertThat(api.post(
                                contacts(elsewhere),
                                supervisor,
                                "{\"kind\": \"UPDATE\", \"channel\": \"PHONE\", \"outcome\": \"MADE\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/tasks?case=HC26-NOPE-0000", supervisor).status())
                .isEqualTo(404);
    }

    private String recordedCrime() {
        String ref = TestCases.newReport(jdbc, "HNS");
        Api.Response response = api.post(
                "/api/v1/cases/" + ref + "/recording",
                supervisor,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", \"strands\": [\"RACE\"], \"reason\": \"Racist abuse in the street\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ref;
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    private static String contacts(String reference) {
        return "/api/v1/cases/" + reference + "/contacts";
    }
}
