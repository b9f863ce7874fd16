package org.reassure.care;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.care.internal.FirstClocks;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;
import org.reassure.reporting.ReportMessages;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;
import org.reassure.testing.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporter's first clock runs from the moment of the report, before triage: a first contact within 24 hours, or a
 * first reply in the message thread when they left no way to contact them; recording starts no second clock; a "no
 * record" decision leaves it running until the reporter is told; the triage queue shows each report's time left.
 */
@ReassureTest
class FirstContactClockTest {

    static final String NAMED_REPORT = """
            {"reporterRole":"VICTIM","anonymous":false,"description":"A man on the bus shouted abuse about my religion and spat at me.",
             "perceivedHostility":["RELIGION"],"hostilityReason":"He called me names about my headscarf",
             "occurredAt":"2026-11-30T17:45:00Z","location":{"description":"The 111 bus, Hounslow High Street","postcode":"TW3 1ES"},
             "reporter":{"name":"Test Reporter","email":"reporter@example.com","phone":"07700 900 123","preferredContact":"PHONE",
                         "language":"en","interpreterNeeded":false},
             "consent":{"contact":true,"referral":true}}""";

    static final String ANONYMOUS_REPORT = """
            {"reporterRole":"WITNESS","anonymous":true,"description":"Someone painted a swastika on the synagogue gate overnight.",
             "perceivedHostility":["RELIGION"],"location":{"description":"The gate on Bath Road","postcode":"TW3 1ES"}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ReportMessages messages;

    @Autowired
    FirstClocks firstClocks;

    Api api;
    String supervisor;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        supervisor = Tokens.of(tokens, accounts, "supervisor");
    }

    @Test
    void a_report_has_its_first_contact_task_before_anyone_records_it_and_recording_adds_no_second() {
        String ref = reported(NAMED_REPORT);
        JsonNode first = awaitTask(ref, task -> "FIRST_CONTACT".equals(kind(task)));
        assertThat(status(ref)).as("not recorded yet").isEqualTo("REPORTED");
        assertThat(first.get("status").asString()).isEqualTo("OPEN");
        assertThat(first.get("rule").asString()).isEqualTo("VICTIMS_CODE_FIRST_CONTACT");
        Instant received = receivedAt(ref);
        Instant due = Instant.parse(first.get("dueAt").asString());
        assertThat(due).isAfter(received).isBeforeOrEqualTo(received.plus(Duration.ofHours(24)));
        assertThat(tasks(ref)).noneMatch(task -> "FIRST_REPLY".equals(kind(task)));

        record(
                ref,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_HAD\", \"strands\": [\"RELIGION\"],"
                        + " \"religions\": [\"ANTI_MUSLIM\"], \"reason\": \"Religious abuse and spitting on a bus\"}");
        awaitTask(ref, task -> "REFERRAL".equals(kind(task)));
        List<JsonNode> firstContacts = tasks(ref).stream()
                .filter(task -> "FIRST_CONTACT".equals(kind(task)))
                .toList();
        assertThat(firstContacts).hasSize(1);
        assertThat(firstContacts.get(0).get("id").asString())
                .isEqualTo(first.get("id").asString());
        assertThat(firstContacts.get(0).get("dueAt").asString())
                .isEqualTo(first.get("dueAt").asString());
    }

    @Test
    void a_report_with_no_way_to_contact_the_reporter_gets_a_reply_task_that_a_staff_message_completes() {
        String ref = reported(ANONYMOUS_REPORT);
        JsonNode reply = awaitTask(ref, task -> "FIRST_REPLY".equals(kind(task)));
        assertThat(reply.get("status").asString()).isEqualTo("OPEN");
        assertThat(reply.get("rule").asString()).isEqualTo("FORCE_FIRST_REPLY");
        Instant received = receivedAt(ref);
        assertThat(Instant.parse(reply.get("dueAt").asString())).isBeforeOrEqualTo(received.plus(Duration.ofHours(24)));
        assertThat(tasks(ref)).noneMatch(task -> "FIRST_CONTACT".equals(kind(task)));
        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/cases/" + ref)
                        .body())
                .contains("First reply in the message thread", "FORCE_FIRST_REPLY");

        messages.fromOfficer(
                ref,
                "supervisor",
                "Sam Supervisor",
                "Thank you for telling us. An officer will visit the synagogue today and we will check the cameras nearby.");
        awaitTask(
                ref,
                task -> "FIRST_REPLY".equals(kind(task))
                        && "DONE".equals(task.get("status").asString()));

        record(
                ref,
                "{\"classification\": \"CRIME\", \"offence\": \"RA_CRIMINAL_DAMAGE\", \"strands\": [\"RELIGION\"],"
                        + " \"religions\": [\"ANTI_JEWISH\"], \"reason\": \"Antisemitic graffiti on a place of worship\"}");
        awaitTask(ref, task -> "REFERRAL".equals(kind(task)));
        assertThat(tasks(ref)).noneMatch(task -> "FIRST_CONTACT".equals(kind(task)));
    }

    @Test
    void a_reporter_who_left_a_phone_number_but_asked_not_to_be_contacted_gets_a_reply_in_the_thread_instead() {
        String ref = reported(NAMED_REPORT.replace("\"contact\":true", "\"contact\":false"));
        JsonNode reply = awaitTask(ref, task -> "FIRST_REPLY".equals(kind(task)));
        assertThat(reply.get("status").asString()).isEqualTo("OPEN");
        assertThat(tasks(ref)).noneMatch(task -> "FIRST_CONTACT".equals(kind(task)));
    }

    @Test
    void a_no_record_decision_leaves_the_first_contact_running_until_the_reporter_is_told() {
        String ref = reported(NAMED_REPORT);
        awaitTask(ref, task -> "FIRST_CONTACT".equals(kind(task)));
        record(
                ref,
                "{\"classification\": \"NO_RECORD\", \"reason\": \"The reporter withdrew the account on the phone\"}");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""").param("%" + ref + "%").query(Long.class).single() == 0);
        assertThat(status(ref)).isEqualTo("CLOSED");
        assertThat(tasks(ref))
                .filteredOn(task -> "FIRST_CONTACT".equals(kind(task)))
                .singleElement()
                .satisfies(task -> assertThat(task.get("status").asString()).isEqualTo("OPEN"));

        messages.fromOfficer(
                ref,
                "supervisor",
                "Sam Supervisor",
                "We have decided not to record this as a crime, because you told us it did not happen as first reported.");
        awaitTask(
                ref,
                task -> "FIRST_CONTACT".equals(kind(task))
                        && "DONE".equals(task.get("status").asString()));
    }

    @Test
    void existing_cases_get_their_clock_and_the_triage_queue_shows_the_time_left_soonest_first() {
        String overdue = TestCases.newReport(jdbc, "HNS");
        String nearly = TestCases.newReport(jdbc, "HNS");
        String fresh = TestCases.newReport(jdbc, "HNS");
        receivedHoursAgo(overdue, 26);
        receivedHoursAgo(nearly, 20.5);
        receivedHoursAgo(fresh, 0.5);

        assertThat(firstClocks.backfill()).isGreaterThanOrEqualTo(3);
        assertThat(firstClocks.backfill()).as("a second run starts nothing").isZero();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(firstContactStatus(overdue)).isEqualTo("OVERDUE"));
        assertThat(firstContactStatus(nearly)).isEqualTo("OPEN");

        String page =
                new Browser(port).signedInAs("supervisor").get("/cases/triage").body();
        assertThat(page)
                .contains("Time left", "Overdue by 2 hours", "3 hours left", "23 hours left")
                .doesNotContain("Over 24 hours");
        assertThat(page.indexOf(overdue)).isPositive().isLessThan(page.indexOf(nearly));
        assertThat(page.indexOf(nearly)).isLessThan(page.indexOf(fresh));
    }

    private String reported(String body) {
        Api.Response response = new Api(port).post("/api/v1/reports", null, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("reference").asString();
    }

    private void record(String ref, String decision) {
        Api.Response response = api.post("/api/v1/cases/" + ref + "/recording", supervisor, decision);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private JsonNode awaitTask(String ref, Predicate<JsonNode> wanted) {
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks(ref).stream().anyMatch(wanted));
        return tasks(ref).stream().filter(wanted).findFirst().orElseThrow();
    }

    /** The case's tasks as the API lists them (empty until the case exists). */
    private List<JsonNode> tasks(String ref) {
        Api.Response response = api.get("/api/v1/tasks?case=" + ref, supervisor);
        if (response.status() == 404) {
            return List.of();
        }
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .toList();
    }

    private static String kind(JsonNode task) {
        return task.get("kind").asString();
    }

    private String status(String ref) {
        return jdbc.sql("SELECT status FROM hate_case WHERE reference = ?")
                .param(ref)
                .query(String.class)
                .single();
    }

    private Instant receivedAt(String ref) {
        Api.Response response = api.get("/api/v1/cases/" + ref, supervisor);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Instant.parse(json.readTree(response.body()).get("receivedAt").asString());
    }

    private void receivedHoursAgo(String ref, double hours) {
        jdbc.sql("UPDATE hate_case SET received_at = ? WHERE reference = ?")
                .params(Timestamp.from(Instant.now().minusSeconds((long) (hours * 3600))), ref)
                .update();
    }

    private String firstContactStatus(String ref) {
        return jdbc.sql("SELECT status FROM care_task WHERE case_reference = ? AND kind = 'FIRST_CONTACT'")
                .param(ref)
                .query(String.class)
                .single();
    }
}
