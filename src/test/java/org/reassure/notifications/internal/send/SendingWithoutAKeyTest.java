package org.reassure.notifications.internal.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.RecipientKind;
import org.reassure.notifications.send.OutboxRows;
import org.reassure.testing.Browser;
import org.reassure.testing.ReassureTest;
import org.reassure.testing.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node without a Notify key (the demo, a laptop) sends nothing and pretends nothing: the notification is recorded
 * as "not sent: no Notify key", its contact details are forgotten, and the administrator sees what it would have
 * said. The shared test context has a key, so this node's sender is built here with settings that have none.
 */
@ReassureTest
class SendingWithoutAKeyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Outbox outbox;

    @Autowired
    NotifyGateway gateway;

    @Autowired
    NotifyTemplates templates;

    @Autowired
    NotifySettings settings;

    @Autowired
    HistoryLines history;

    @Autowired
    CareFollowUp followUp;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void without_a_key_a_notification_is_recorded_as_not_sent_and_the_administrator_sees_what_it_would_have_said() {
        String ref = TestCases.newReport(jdbc, "HNS-CSU");
        UUID id = new OutboxRows(notifications, transaction, jdbc)
                .queue(
                        ref,
                        MessageType.NEW_MESSAGE,
                        RecipientKind.VICTIM,
                        NotificationChannel.EMAIL,
                        "en",
                        Map.of("reference", ref, "track_url", "http://localhost:8080/track/" + ref),
                        "no.key@example.com",
                        null,
                        null,
                        null,
                        null,
                        Instant.now().plus(Duration.ofHours(1)));
        NotifySettings noKey = new NotifySettings(
                "",
                settings.baseUrl(),
                "",
                settings.batchSize(),
                settings.pollInterval(),
                settings.lease(),
                settings.maxAttempts(),
                settings.backoff(),
                settings.maxBackoff(),
                settings.timeout());
        NotificationSender sender = new NotificationSender(
                outbox, gateway, templates, noKey, history, followUp, transaction, clock, new NodeName("no-key-node"));
        jdbc.sql("""
                UPDATE notification SET status = 'SENDING', claimed_by = 'no-key-node', attempts = 1,
                       lease_until = now() + interval '1 hour' WHERE id = ?""").param(id).update();

        sender.send(new Outbox.Claimed(
                id,
                ref,
                MessageType.NEW_MESSAGE,
                NotificationChannel.EMAIL,
                "en",
                RecipientKind.VICTIM,
                Map.of("reference", ref, "track_url", "http://localhost:8080/track/" + ref),
                "no.key@example.com",
                null,
                List.of(),
                List.of(),
                null,
                1,
                false));

        Map<String, Object> row = jdbc.sql("SELECT * FROM notification WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("NOT_SENT_NO_KEY");
        assertThat(row.get("notify_id")).isNull();
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("email_address")).isNull();
        assertThat(OutboxRows.sent("email", id)).isEmpty();

        Browser.Page page = new Browser(port).signedInAs("admin").get("/admin/notifications?status=NOT_SENT_NO_KEY");
        assertThat(page.body())
                .contains(
                        "Not sent: no Notify key",
                        "The service has no GOV.UK Notify key, so nothing is sent",
                        "You have a new message about your report " + ref,
                        "http://localhost:8080/track/" + ref)
                .doesNotContain("no.key@example.com");
    }
}
