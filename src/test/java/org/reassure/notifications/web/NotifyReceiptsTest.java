package org.reassure.notifications.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.NotificationCare;
import org.reassure.care.TaskKind;
import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.casework.Cases;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.send.OutboxRows;
import org.reassure.testing.Api;
import org.reassure.testing.Browser;
import org.reassure.testing.NotifyStandIn;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notify's delivery receipts on {@code POST /api/v1/notify/receipts}: with the callback token a receipt moves the
 * notification to Notify's status; a wrong token is 401 and audited; an unknown notification is 404 and changes
 * nothing. Also the pages that show what was sent.
 */
@ReassureTest
class NotifyReceiptsTest {

    private static final String PATH = "/api/v1/notify/receipts";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    NotificationCare care;

    @Autowired
    CareTasks tasks;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    OutboxRows outbox;

    @BeforeEach
    void setUp() {
        outbox = new OutboxRows(notifications, transaction, jdbc);
    }

    @Test
    void a_delivery_receipt_moves_a_sent_notification_to_delivered_and_the_case_history_says_so() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = outbox.email(
                ref,
                MessageType.NEW_MESSAGE,
                Map.of("reference", ref, "track_url", "http://localhost:8080/track"),
                "receipt@example.com");
        outbox.awaitStatus(id, "SENT");
        UUID notifyId = (UUID) outbox.row(id).get("notify_id");

        Api.Response answer = new Api(port)
                .post(PATH, NotifyStandIn.CALLBACK_TOKEN, receipt(notifyId, id, "delivered"), "Accept", "*/*");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(outbox.status(id)).isEqualTo("DELIVERED");
        assertThat(outbox.row(id).get("email_address"))
                .as("forgotten at a final status")
                .isNull();
        assertThat(outbox.statusChanges(id)).endsWith("SENT", "DELIVERED");
        assertThat(outbox.history(ref))
                .contains("GOV.UK Notify: Email delivered: New message on Track my report, to the victim (notification "
                        + id.toString().substring(0, 8) + ")");

        Api.Response again = new Api(port)
                .post(PATH, NotifyStandIn.CALLBACK_TOKEN, receipt(notifyId, id, "delivered"), "Accept", "*/*");
        assertThat(again.status()).as("a repeated receipt changes nothing").isEqualTo(204);
        assertThat(outbox.statusChanges(id)).filteredOn("DELIVERED"::equals).hasSize(1);
    }

    @Test
    void a_permanent_failure_found_by_notify_id_alone_says_what_to_fix() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = outbox.email(
                ref,
                MessageType.NEW_MESSAGE,
                Map.of("reference", ref, "track_url", "http://localhost:8080/track"),
                "bounce@example.com");
        outbox.awaitStatus(id, "SENT");
        UUID notifyId = (UUID) outbox.row(id).get("notify_id");

        Api.Response answer = new Api(port)
                .post(
                        PATH,
                        NotifyStandIn.CALLBACK_TOKEN,
                        receipt(notifyId, null, "permanent-failure"),
                        "Accept",
                        "*/*");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(outbox.status(id)).isEqualTo("PERMANENT_FAILURE");
        Browser.Page page = new Browser(port).signedInAs("supervisor").get("/cases/" + ref);
        assertThat(page.body())
                .contains(
                        "Not delivered",
                        "The email was not delivered (the address may be wrong or the inbox full): check the address"
                                + " on the case, then tell them another way")
                .doesNotContain("bounce@example.com");
    }

    @Test
    void a_receipt_with_a_wrong_or_missing_token_is_refused_and_audited() {
        String body = receipt(UUID.randomUUID(), UUID.randomUUID(), "delivered");
        long before = refusals();

        Api.Response wrong = new Api(port).post(PATH, "not-the-token", body, "Accept", "*/*");
        Api.Response missing = new Api(port).invalid().post(PATH, null, body, "Accept", "*/*");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body()).contains("callback token");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(refusals()).isEqualTo(before + 2);
    }

    @Test
    void a_receipt_for_a_notification_nobody_knows_is_404_and_changes_nothing() {
        UUID unknown = UUID.randomUUID();
        Api.Response answer = new Api(port)
                .post(
                        PATH,
                        NotifyStandIn.CALLBACK_TOKEN,
                        receipt(unknown, UUID.randomUUID(), "delivered"),
                        "Accept",
                        "*/*");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE notify_id = ?")
                        .param(unknown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Needs helper "sources": care's {@code NotificationCare.decisionNoticeDelivered} completes the task. */
    @Test
    void a_decision_notice_delivered_by_email_completes_its_care_task() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        Instant decided = Instant.now().minus(Duration.ofMinutes(5));
        String taskKey = "ARREST@" + decided;
        UUID task = tasks.start(
                        cases.facts(ref).orElseThrow(),
                        TaskKind.DECISION_NOTICE,
                        taskKey,
                        RuleCodes.DECISION_ENHANCED,
                        decided)
                .orElseThrow();
        UUID id = outbox.queue(
                ref,
                MessageType.DECISION,
                RecipientKind.VICTIM,
                NotificationChannel.EMAIL,
                "en",
                Map.of(
                        "reference", ref,
                        "decision", "Arrest",
                        "decided_on", "7 December 2026",
                        "officer_name", "DC Jones",
                        "officer_phone", "01632 960001"),
                "decision@example.com",
                null,
                null,
                null,
                taskKey,
                null);
        outbox.awaitStatus(id, "SENT");
        UUID notifyId = (UUID) outbox.row(id).get("notify_id");

        assertThat(new Api(port)
                        .post(PATH, NotifyStandIn.CALLBACK_TOKEN, receipt(notifyId, id, "delivered"), "Accept", "*/*")
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "DONE"
                        .equals(jdbc.sql("SELECT status FROM care_task WHERE id = ?")
                                .param(task)
                                .query(String.class)
                                .single()));
    }

    @Test
    void the_administrator_sees_the_settings_and_what_each_notification_said_and_nobody_else_does() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = outbox.queue(
                ref,
                MessageType.OFFICER_ASSIGNED,
                RecipientKind.VICTIM,
                NotificationChannel.SMS,
                "cy",
                Map.of("reference", ref, "officer_name", "DC Hughes", "officer_phone", "01632 960077"),
                null,
                "07700 900555",
                null,
                null,
                null,
                null);
        outbox.awaitStatus(id, "SENT");

        Browser.Page page = new Browser(port).signedInAs("admin").get("/admin/notifications?status=SENT");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Notifications",
                        "Set: notifications are sent through GOV.UK Notify",
                        "All 42 template settings are filled in.",
                        "/api/v1/notify/receipts",
                        "Officer assigned",
                        "DC Hughes sy&#39;n gofalu am eich adroddiad " + ref)
                .doesNotContain(NotifyStandIn.API_KEY, "07700 900555");

        assertThat(new Browser(port)
                        .signedInAs("supervisor")
                        .get("/admin/notifications")
                        .status())
                .isEqualTo(403);
    }

    private long refusals() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'notify-receipt' AND outcome = 'DENIED'")
                .query(Long.class)
                .single();
    }

    private static String receipt(UUID notifyId, UUID reference, String status) {
        return """
                {"id": "%s", "reference": %s, "to": "someone@example.com", "status": "%s",
                 "created_at": "2026-12-07T10:00:00.000Z", "completed_at": "2026-12-07T10:00:05.000Z",
                 "sent_at": "2026-12-07T10:00:01.000Z", "notification_type": "email",
                 "template_id": "%s", "template_version": 1}""".formatted(notifyId, reference == null ? "null" : "\"" + reference + "\"", status, UUID.randomUUID());
    }
}
