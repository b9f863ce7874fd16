package org.reassure.notifications.internal.send;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.RecipientKind;

/**
 * The sender's side of the outbox: taking due notifications ({@code FOR UPDATE SKIP LOCKED}, so two nodes never take
 * the same one), and recording what became of each. Every change of status appends a row to
 * {@code notification_status_change} naming the node; at a final status the contact details are cleared.
 * Callers hold the transaction.
 */
@Component
class Outbox {

    /** A notification a node has taken to send. */
    record Claimed(
            UUID id,
            String caseReference,
            MessageType message,
            NotificationChannel channel,
            String language,
            RecipientKind recipientKind,
            Map<String, String> personalisation,
            String emailAddress,
            String phoneNumber,
            List<String> addressLines,
            List<String> safeWindows,
            String taskKey,
            int attempts,
            boolean recovered) {}

    /** What the sender and the receipts need to know of a notification to record a change. */
    record Row(
            UUID id,
            String caseReference,
            MessageType message,
            NotificationChannel channel,
            RecipientKind recipientKind,
            String taskKey,
            NotificationStatus status,
            UUID notifyId) {}

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Takes up to {@code batch} notifications that are due: queued ones whose time has come, and ones a node was
     * sending when its lease ran out (it died, or hangs). Each becomes SENDING for this node until the lease ends.
     */
    List<Claimed> claim(String node, Instant now, Instant leaseUntil, int batch) {
        List<Claimed> claimed = jdbc.sql("""
                WITH due AS (
                    SELECT id, status AS was, claimed_by AS previous FROM notification
                    WHERE (status = 'QUEUED' AND next_attempt_at <= :now) OR (status = 'SENDING' AND lease_until < :now)
                    ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                UPDATE notification n SET status = 'SENDING', claimed_by = :node, lease_until = :lease,
                       attempts = n.attempts + 1, status_at = :now
                FROM due WHERE n.id = due.id
                RETURNING n.*, due.was, due.previous""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .param("node", node)
                .param("lease", Timestamp.from(leaseUntil))
                .query(this::claimed)
                .list();
        for (Claimed c : claimed) {
            change(
                    c.id(),
                    NotificationStatus.SENDING,
                    c.recovered() ? "notifications.reason.takenOver" : null,
                    now,
                    node);
        }
        return claimed;
    }

    private Claimed claimed(ResultSet rs, int n) throws SQLException {
        return new Claimed(
                rs.getObject("id", UUID.class),
                rs.getString("case_reference"),
                MessageType.valueOf(rs.getString("message")),
                NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("language"),
                RecipientKind.valueOf(rs.getString("recipient_kind")),
                json.readValue(rs.getString("personalisation"), FIELDS),
                rs.getString("email_address"),
                rs.getString("phone_number"),
                strings(rs.getArray("address_lines")),
                strings(rs.getArray("safe_windows")),
                rs.getString("task_key"),
                rs.getInt("attempts"),
                "SENDING".equals(rs.getString("was")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /**
     * Records the end of this node's attempt: a status (SENT, REJECTED, FAILED, NOT_SENT_NO_KEY...), only if the
     * notification is still this node's. Notify's id and the template are kept when given.
     *
     * @return whether it was still this node's
     */
    boolean finish(
            UUID id,
            String node,
            NotificationStatus status,
            String reason,
            UUID notifyId,
            String templateId,
            Instant at) {
        boolean sent = notifyId != null;
        int rows = jdbc.sql("""
                UPDATE notification SET status = :status, status_reason = :reason, status_at = :at,
                       notify_id = COALESCE(:notifyId, notify_id), template_id = COALESCE(:template, template_id),
                       sent_at = CASE WHEN :sent THEN COALESCE(sent_at, :at) ELSE sent_at END,
                       claimed_by = NULL, lease_until = NULL
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :node""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("notifyId", notifyId)
                .param("template", templateId)
                .param("sent", sent)
                .param("id", id)
                .param("node", node)
                .update();
        if (rows == 0) {
            if (sent) {
                // A receipt was quicker than this node: keep Notify's id, whatever the status it gave.
                jdbc.sql("""
                        UPDATE notification SET notify_id = COALESCE(notify_id, :notifyId),
                               template_id = COALESCE(template_id, :template), sent_at = COALESCE(sent_at, :at)
                        WHERE id = :id""")
                        .param("notifyId", notifyId)
                        .param("template", templateId)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .update();
            }
            return false;
        }
        change(id, status, reason, at, node);
        if (status.isFinal()) {
            forget(id);
        }
        return true;
    }

    /** Puts it back in the queue until {@code next} (a retry, or the next safe window). */
    boolean requeue(UUID id, String node, Instant next, String reason, boolean attemptCounts, Instant at) {
        int rows = jdbc.sql("""
                UPDATE notification SET status = 'QUEUED', status_reason = :reason, status_at = :at,
                       next_attempt_at = :next, claimed_by = NULL, lease_until = NULL,
                       attempts = CASE WHEN :counts THEN attempts ELSE attempts - 1 END
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :node""")
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("next", Timestamp.from(next))
                .param("counts", attemptCounts)
                .param("id", id)
                .param("node", node)
                .update();
        if (rows == 1) {
            change(id, NotificationStatus.QUEUED, reason, at, node);
        }
        return rows == 1;
    }

    /** The notification with our id {@code reference}, or else with Notify's id {@code notifyId}, locked. */
    Optional<Row> lockForReceipt(UUID reference, UUID notifyId) {
        return jdbc.sql("""
                SELECT * FROM notification WHERE id = :reference OR notify_id = :notifyId
                ORDER BY (id = :reference) DESC NULLS LAST LIMIT 1 FOR UPDATE""")
                .param("reference", reference)
                .param("notifyId", notifyId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_reference"),
                        MessageType.valueOf(rs.getString("message")),
                        rs.getString("channel") == null ? null : NotificationChannel.valueOf(rs.getString("channel")),
                        RecipientKind.valueOf(rs.getString("recipient_kind")),
                        rs.getString("task_key"),
                        NotificationStatus.valueOf(rs.getString("status")),
                        rs.getObject("notify_id", UUID.class)))
                .optional();
    }

    /** Records the status a delivery receipt gives. */
    void receipt(UUID id, NotificationStatus status, String reason, UUID notifyId, Instant at, String node) {
        jdbc.sql("""
                UPDATE notification SET status = :status, status_reason = :reason, status_at = :at,
                       notify_id = COALESCE(notify_id, :notifyId), sent_at = COALESCE(sent_at, :at),
                       claimed_by = NULL, lease_until = NULL
                WHERE id = :id""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("notifyId", notifyId)
                .param("id", id)
                .update();
        change(id, status, reason, at, node);
        if (status.isFinal()) {
            forget(id);
        }
    }

    private void forget(UUID id) {
        jdbc.sql("""
                UPDATE notification SET email_address = NULL, phone_number = NULL, address_lines = '{}'
                WHERE id = ?""").param(id).update();
    }

    private void change(UUID id, NotificationStatus status, String reason, Instant at, String node) {
        jdbc.sql("""
                INSERT INTO notification_status_change (notification_id, status, reason, at, node)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id, status.name(), reason, Timestamp.from(at), node)
                .update();
    }
}
