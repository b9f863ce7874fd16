package org.reassure.notifications.send;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.Notifications;
import org.reassure.notifications.Outgoing;
import org.reassure.notifications.RecipientKind;
import org.reassure.testing.NotifyStandIn;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

/** Test helpers: queue a notification as the triggers do, wait for its status, read what Notify was sent. */
public final class OutboxRows {

    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    public OutboxRows(Notifications notifications, TransactionTemplate transaction, JdbcClient jdbc) {
        this.notifications = notifications;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    public UUID queue(
            String caseReference,
            MessageType message,
            RecipientKind kind,
            NotificationChannel channel,
            String language,
            Map<String, String> fields,
            String email,
            String phone,
            List<String> address,
            List<String> safeWindows,
            String taskKey,
            Instant notBefore) {
        Outgoing outgoing = new Outgoing(
                caseReference,
                message,
                kind,
                null,
                channel,
                language,
                fields,
                notBefore,
                email,
                phone,
                address,
                safeWindows,
                taskKey,
                message + ":" + kind + ":" + caseReference + ":" + UUID.randomUUID());
        return transaction.execute(status -> notifications.queue(outgoing)).orElseThrow();
    }

    public UUID email(String caseReference, MessageType message, Map<String, String> fields, String email) {
        return queue(
                caseReference,
                message,
                RecipientKind.VICTIM,
                NotificationChannel.EMAIL,
                "en",
                fields,
                email,
                null,
                null,
                null,
                null,
                null);
    }

    public String status(UUID id) {
        return jdbc.sql("SELECT status FROM notification WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    public String awaitStatus(UUID id, String... statuses) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> List.of(statuses).contains(status(id)));
        return status(id);
    }

    public Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    public List<String> statusChanges(UUID id) {
        return jdbc.sql("SELECT status || coalesce(' ' || reason, '') FROM notification_status_change "
                        + "WHERE notification_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    public List<String> history(String caseReference) {
        return jdbc.sql("SELECT h.actor || ': ' || h.what FROM case_history h JOIN hate_case c ON c.id = h.case_id "
                        + "WHERE c.reference = ? ORDER BY h.id")
                .param(caseReference)
                .query(String.class)
                .list();
    }

    /** What Notify was asked to send with this reference, by channel ({@code email}, {@code sms}, {@code letter}). */
    public static List<LoggedRequest> sent(String type, UUID reference) {
        return NotifyStandIn.server()
                .findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/" + type))
                        .withRequestBody(matchingJsonPath("$.reference", equalTo(reference.toString()))));
    }
}
