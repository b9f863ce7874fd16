package org.reassure.notifications.send;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.care.NotificationCare;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.RecipientKind;
import org.reassure.platform.Formats;
import org.reassure.testing.Browser;
import org.reassure.testing.NotifyStandIn;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sending through the real Notify client to a local stand-in that speaks Notify's API: the exact requests (template
 * per message, channel and language; personalisation; our id as the reference), retries on a server error and none
 * on a refusal, the wait for a safe window, and a notification a dead node was sending adopted, not sent twice.
 */
@ReassureTest
class NotifySendingTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    NotificationCare care;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    OutboxRows outbox;

    @BeforeEach
    void setUp() {
        outbox = new OutboxRows(notifications, transaction, jdbc);
    }

    @Test
    void an_email_goes_to_notify_with_its_english_template_its_fields_and_our_id_as_reference() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Map<String, String> fields =
                Map.of("reference", ref, "track_url", "http://localhost:8080/track", "force_name", "Test Police");
        UUID id = outbox.email(ref, MessageType.REPORT_RECEIVED, fields, "victim.one@example.com");

        assertThat(outbox.awaitStatus(id, "SENT")).isEqualTo("SENT");
        List<LoggedRequest> sent = OutboxRows.sent("email", id);
        assertThat(sent).hasSize(1);
        JsonNode body = json.readTree(sent.get(0).getBodyAsString());
        assertThat(body.get("template_id").asString())
                .isEqualTo(NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_REPORT_RECEIVED_EMAIL_EN"));
        assertThat(body.get("email_address").asString()).isEqualTo("victim.one@example.com");
        assertThat(body.get("reference").asString()).isEqualTo(id.toString());
        assertThat(json.convertValue(body.get("personalisation"), Map.class)).isEqualTo(fields);
        assertThat(sent.get(0).getHeader("Authorization")).startsWith("Bearer ");

        Map<String, Object> row = outbox.row(id);
        assertThat(row.get("notify_id")).isNotNull();
        assertThat(row.get("template_id"))
                .isEqualTo(NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_REPORT_RECEIVED_EMAIL_EN"));
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(outbox.statusChanges(id)).containsExactly("QUEUED", "SENDING", "SENT");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_status_change WHERE notification_id = ? AND node IS NULL"
                                + " AND status <> 'QUEUED'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("every change the sender makes names its node")
                .isZero();
        assertThat(outbox.history(ref))
                .contains("GOV.UK Notify: Email sent: Report received, to the victim (notification "
                        + id.toString().substring(0, 8) + ")");
    }

    @Test
    void a_welsh_text_message_and_a_letter_use_their_own_templates_and_the_letter_carries_the_address() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Map<String, String> decision = Map.of(
                "reference", ref,
                "decision", "Arestio",
                "decided_on", "1 Rhagfyr 2026",
                "officer_name", "DC Jones",
                "officer_phone", "01632 960001");
        UUID sms = outbox.queue(
                ref,
                MessageType.DECISION,
                RecipientKind.VICTIM,
                NotificationChannel.SMS,
                "cy",
                decision,
                null,
                "07700 900123",
                null,
                null,
                "ARREST@2026-12-01T10:00:00Z",
                null);
        Map<String, String> officer =
                Map.of("reference", ref, "officer_name", "DC Smith", "officer_phone", "01632 960002");
        UUID letter = outbox.queue(
                ref,
                MessageType.OFFICER_ASSIGNED,
                RecipientKind.REPORTER,
                NotificationChannel.LETTER,
                "en",
                officer,
                null,
                null,
                List.of("A. Person", "1 Test Street", "Testtown", "SW1A 1AA"),
                null,
                null,
                null);

        outbox.awaitStatus(sms, "SENT");
        outbox.awaitStatus(letter, "SENT");
        JsonNode text = json.readTree(OutboxRows.sent("sms", sms).get(0).getBodyAsString());
        assertThat(text.get("template_id").asString())
                .isEqualTo(NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_DECISION_SMS_CY"));
        assertThat(text.get("phone_number").asString()).isEqualTo("07700 900123");
        assertThat(json.convertValue(text.get("personalisation"), Map.class)).isEqualTo(decision);

        List<LoggedRequest> letters = OutboxRows.sent("letter", letter);
        assertThat(letters).hasSize(1);
        JsonNode post = json.readTree(letters.get(0).getBodyAsString());
        assertThat(post.get("template_id").asString())
                .isEqualTo(NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_OFFICER_ASSIGNED_LETTER_EN"));
        assertThat(json.convertValue(post.get("personalisation"), Map.class))
                .containsAllEntriesOf(officer)
                .containsEntry("address_line_1", "A. Person")
                .containsEntry("address_line_2", "1 Test Street")
                .containsEntry("address_line_3", "Testtown")
                .containsEntry("address_line_4", "SW1A 1AA")
                .doesNotContainKey("address_line_5");
        assertThat(outbox.history(ref))
                .contains("GOV.UK Notify: Text message sent: Key decision, to the victim (notification "
                        + sms.toString().substring(0, 8) + ")");
    }

    @Test
    void a_server_error_is_tried_again_and_the_notification_goes_once_notify_answers() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = outbox.queue(
                ref,
                MessageType.NEW_MESSAGE,
                RecipientKind.VICTIM,
                NotificationChannel.EMAIL,
                "en",
                Map.of("reference", ref, "track_url", "http://localhost:8080/track"),
                "retry@example.com",
                null,
                null,
                null,
                null,
                Instant.now().plusSeconds(3));
        String scenario = "retry-" + id;
        NotifyStandIn.server()
                .stubFor(post(urlPathEqualTo("/v2/notifications/email"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                        .inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse()
                                .withStatus(500)
                                .withHeader("Content-Type", "application/json")
                                .withBody(
                                        "{\"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}],"
                                                + " \"status_code\": 500}"))
                        .willSetStateTo("up again"));

        assertThat(outbox.awaitStatus(id, "SENT")).isEqualTo("SENT");
        assertThat(OutboxRows.sent("email", id))
                .as("one refused attempt, one accepted")
                .hasSize(2);
        assertThat(NotifyStandIn.server()
                        .findAll(getRequestedFor(urlPathEqualTo("/v2/notifications"))
                                .withQueryParam("reference", equalTo(id.toString()))))
                .as("before trying again it asks Notify whether the first attempt went after all")
                .hasSize(1);
        assertThat(outbox.statusChanges(id))
                .containsExactly("QUEUED", "SENDING", "QUEUED notifications.reason.retrying", "SENDING", "SENT");
        assertThat(outbox.row(id).get("attempts")).isEqualTo(2);
    }

    @Test
    void a_refusal_is_not_tried_again_and_the_case_page_says_what_to_fix() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = refusedText(ref);

        assertThat(outbox.awaitStatus(id, "REJECTED")).isEqualTo("REJECTED");
        Map<String, Object> row = outbox.row(id);
        assertThat(row.get("status_reason")).isEqualTo("notifications.problem.phoneInvalid");
        assertThat(row.get("phone_number"))
                .as("contact details go at a final status")
                .isNull();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(OutboxRows.sent("sms", id))
                .as("a refusal is never tried again")
                .hasSize(1);
        assertThat(outbox.history(ref))
                .contains("GOV.UK Notify: Text message refused by Notify: Key decision, to the victim (notification "
                        + id.toString().substring(0, 8) + ")");

        Browser.Page page = new Browser(port).signedInAs("supervisor").get("/cases/" + ref);
        assertThat(page.body())
                .contains(
                        "Messages sent",
                        "Key decision",
                        "Text message",
                        "Refused by Notify",
                        "The phone number is not valid: check it on the case, then tell them another way")
                .doesNotContain("07700 900999");
    }

    /** Needs helper "sources": care's {@code NotificationCare.notificationFailed} gives the officer a task. */
    @Test
    void a_refusal_gives_the_officer_a_task_naming_what_to_fix() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = refusedText(ref);
        outbox.awaitStatus(id, "REJECTED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT count(*) FROM care_task WHERE case_reference = ? AND kind = 'NOTIFICATION_FAILED'")
                                .param(ref)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private UUID refusedText(String ref) {
        UUID id = outbox.queue(
                ref,
                MessageType.DECISION,
                RecipientKind.VICTIM,
                NotificationChannel.SMS,
                "en",
                Map.of(
                        "reference", ref,
                        "decision", "Arrest",
                        "decided_on", "1 December 2026",
                        "officer_name", "DC Jones",
                        "officer_phone", "01632 960001"),
                null,
                "07700 900999",
                null,
                null,
                "ARREST@2026-12-01T10:00:00Z",
                Instant.now().plusSeconds(3));
        NotifyStandIn.server()
                .stubFor(
                        post(urlPathEqualTo("/v2/notifications/sms"))
                                .atPriority(1)
                                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                                .willReturn(
                                        aResponse()
                                                .withStatus(400)
                                                .withHeader("Content-Type", "application/json")
                                                .withBody(
                                                        "{\"errors\": [{\"error\": \"ValidationError\","
                                                                + " \"message\": \"phone_number Not a UK mobile number\"}], \"status_code\": 400}")));
        return id;
    }

    @Test
    void a_text_message_outside_the_safe_times_waits_for_the_next_safe_window() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        LocalDate day = LocalDate.now(Formats.UK).plusDays(3);
        DayOfWeek weekday = day.getDayOfWeek();
        UUID id = outbox.queue(
                ref,
                MessageType.NEW_MESSAGE,
                RecipientKind.VICTIM,
                NotificationChannel.SMS,
                "en",
                Map.of("reference", ref, "track_url", "http://localhost:8080/track"),
                null,
                "07700 900124",
                null,
                List.of(weekday.name() + " 18:00-20:00"),
                null,
                null);
        Instant window = ZonedDateTime.of(day, LocalTime.of(18, 0), Formats.UK).toInstant();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> outbox.statusChanges(id).contains("QUEUED notifications.reason.safeWindow"));
        Map<String, Object> row = outbox.row(id);
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(((Timestamp) row.get("next_attempt_at")).toInstant()).isEqualTo(window);
        assertThat(row.get("attempts")).as("waiting is not an attempt").isEqualTo(0);
        assertThat(OutboxRows.sent("sms", id)).isEmpty();
    }

    @Test
    void a_notification_a_dead_node_was_sending_is_adopted_from_notify_and_not_sent_again() {
        UUID notifyId = UUID.randomUUID();
        UUID id = takenByADeadNode(
                "dead.node@example.com",
                reference -> NotifyStandIn.server()
                        .stubFor(get(urlPathEqualTo("/v2/notifications"))
                                .atPriority(1)
                                .withQueryParam("reference", equalTo(reference.toString()))
                                .willReturn(aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(notifyHas(notifyId, reference, "delivered")))));

        assertThat(outbox.awaitStatus(id, "DELIVERED", "SENT")).isEqualTo("DELIVERED");
        assertThat(OutboxRows.sent("email", id)).as("never sent a second time").isEmpty();
        Map<String, Object> row = outbox.row(id);
        assertThat(row.get("notify_id")).isEqualTo(notifyId);
        assertThat(row.get("email_address")).isNull();
        assertThat(outbox.statusChanges(id))
                .containsExactly(
                        "QUEUED", "SENDING notifications.reason.takenOver", "DELIVERED notifications.reason.adopted");
    }

    @Test
    void a_notification_a_dead_node_took_before_calling_notify_is_sent_once() {
        UUID id = takenByADeadNode("dead.early@example.com", reference -> {});

        assertThat(outbox.awaitStatus(id, "SENT")).isEqualTo("SENT");
        assertThat(OutboxRows.sent("email", id)).hasSize(1);
    }

    /**
     * A notification a node took and was killed while sending: its lease has run out. {@code notify} says what Notify
     * knows of it before the other node looks.
     */
    private UUID takenByADeadNode(String email, Consumer<UUID> notify) {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = outbox.queue(
                ref,
                MessageType.SURVEY,
                RecipientKind.VICTIM,
                NotificationChannel.EMAIL,
                "en",
                Map.of("reference", ref, "survey_url", "http://localhost:8080/survey"),
                email,
                null,
                null,
                null,
                null,
                Instant.now().plus(Duration.ofHours(1)));
        notify.accept(id);
        jdbc.sql("""
                UPDATE notification SET status = 'SENDING', claimed_by = 'dead-node', attempts = 1,
                       lease_until = now() - interval '1 minute', next_attempt_at = now() WHERE id = ?""").param(id).update();
        return id;
    }

    /** Notify's answer to {@code GET /v2/notifications?reference=...} when it has the notification. */
    static String notifyHas(UUID notifyId, UUID reference, String status) {
        return """
                {"notifications": [{"id": "%s", "reference": "%s", "email_address": "x@example.com",
                  "type": "email", "status": "%s",
                  "template": {"id": "%s", "version": 1, "uri": "http://localhost/v2/template/x"},
                  "body": "Body", "subject": "Subject", "created_at": "2026-12-07T10:00:00.000000Z",
                  "sent_at": "2026-12-07T10:00:01.000000Z", "completed_at": "2026-12-07T10:00:05.000000Z",
                  "created_by_name": null, "is_cost_data_ready": true, "cost_in_pounds": 0.0,
                  "cost_details": {}}],
                 "links": {"current": "http://localhost/v2/notifications"}}""".formatted(
                notifyId, reference, status, NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_SURVEY_EMAIL_EN"));
    }
}
