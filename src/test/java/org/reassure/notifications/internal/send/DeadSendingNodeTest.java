package org.reassure.notifications.internal.send;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.send.OutboxRows;
import org.reassure.testing.NotifyStandIn;
import org.reassure.testing.ReassureProcess;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second Reassure process on the same database takes a notification and is killed ({@code kill -9}) while Notify
 * is still answering its call. This node takes the notification over once the dead node's lease has ended, finds it
 * in Notify by its reference and adopts it: Notify was asked to send it exactly once, and it is not lost.
 */
@ReassureTest
class DeadSendingNodeTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SendingLoop loop;

    @Autowired
    NodeName thisNode;

    @Test
    void a_node_killed_while_sending_neither_loses_the_notification_nor_sends_it_twice() throws Exception {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        OutboxRows rows = new OutboxRows(notifications, transaction, jdbc);
        // Not yet due: the dying node is to take it, not this one.
        UUID id = rows.queue(
                ref,
                MessageType.NEW_MESSAGE,
                RecipientKind.VICTIM,
                NotificationChannel.EMAIL,
                "en",
                Map.of("reference", ref, "track_url", "http://localhost:8080/track"),
                "two.nodes@example.com",
                null,
                null,
                null,
                null,
                Instant.now().plus(Duration.ofHours(1)));
        assertThat(rows.status(id)).isEqualTo("QUEUED");
        UUID notifyId = UUID.randomUUID();
        String scenario = "dying-" + id;
        NotifyStandIn.server()
                .stubFor(post(urlPathEqualTo("/v2/notifications/email"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                        .inScenario(scenario)
                        .willSetStateTo("Notify has it")
                        .willReturn(NotifyStandIn.accepted("email").withFixedDelay(60_000)));
        NotifyStandIn.server()
                .stubFor(get(urlPathEqualTo("/v2/notifications"))
                        .atPriority(1)
                        .withQueryParam("reference", equalTo(id.toString()))
                        .inScenario(scenario)
                        .whenScenarioStateIs("Notify has it")
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(notifyHas(notifyId, id))));
        NotifyStandIn.server().resetScenario(scenario);

        loop.stop();
        Process dying = null;
        try {
            int port = ReassureProcess.freePort();
            dying = ReassureProcess.start(
                    node("notify-dying"),
                    Files.createTempFile("reassure-notify-dying", ".log"),
                    "--server.port=" + port,
                    "--reassure.notify.lease=3s",
                    "--reassure.notify.timeout=120s");
            ReassureProcess.awaitHealthy(port, dying);
            jdbc.sql("UPDATE notification SET next_attempt_at = now() WHERE id = ?")
                    .param(id)
                    .update();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> OutboxRows.sent("email", id).size() == 1);
            assertThat(rows.row(id).get("claimed_by")).isEqualTo("notify-dying");
            dying.destroyForcibly();
            assertThat(dying.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            if (dying != null) {
                dying.destroyForcibly();
            }
            loop.start();
        }

        assertThat(rows.awaitStatus(id, "SENT")).isEqualTo("SENT");
        assertThat(OutboxRows.sent("email", id)).as("Notify was asked once").hasSize(1);
        assertThat(rows.row(id).get("notify_id")).isEqualTo(notifyId);
        assertThat(rows.statusChanges(id))
                .containsExactly(
                        "QUEUED",
                        "SENDING",
                        "SENDING notifications.reason.takenOver",
                        "SENT notifications.reason.adopted");
        assertThat(jdbc.sql("SELECT node FROM notification_status_change WHERE notification_id = ? ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list())
                .as("queued, taken by the dying node, taken over and adopted by this one")
                .containsExactly(null, "notify-dying", thisNode.get(), thisNode.get());
    }

    private Map<String, String> node(String name) throws Exception {
        Map<String, String> env = ReassureProcess.joining(dataSource, name);
        env.put("REASSURE_NOTIFY_API_KEY", NotifyStandIn.API_KEY);
        env.put(
                "REASSURE_NOTIFY_BASE_URL",
                "http://127.0.0.1:" + NotifyStandIn.server().port());
        env.put("REASSURE_NOTIFY_POLL_INTERVAL", "250ms");
        for (String setting : NotifyTemplates.allSettings()) {
            env.put(setting, NotifyStandIn.templateId(setting));
        }
        return env;
    }

    private static String notifyHas(UUID notifyId, UUID reference) {
        return """
                {"notifications": [{"id": "%s", "reference": "%s", "email_address": "x@example.com",
                  "type": "email", "status": "sending",
                  "template": {"id": "%s", "version": 1, "uri": "http://localhost/v2/template/x"},
                  "body": "Body", "subject": "Subject", "created_at": "2026-12-07T10:00:00.000000Z",
                  "sent_at": null, "completed_at": null, "created_by_name": null, "cost_details": {}}],
                 "links": {"current": "http://localhost/v2/notifications"}}""".formatted(
                        notifyId, reference, NotifyStandIn.templateId("REASSURE_NOTIFY_TEMPLATE_NEW_MESSAGE_EMAIL_EN"));
    }
}
