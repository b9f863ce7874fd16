package org.reassure.notifications.internal.send;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.internal.send.HistoryLines.Happened;
import org.reassure.notifications.internal.send.Outbox.Row;

/**
 * Notify's delivery receipts: each moves a notification to the status Notify gives (delivered, or one of its
 * failures). A receipt for a notification we do not know changes nothing; one that repeats the status it has, or
 * comes after Notify's final word, changes nothing either.
 */
@Service
public class Receipts {

    /** What a receipt did. */
    public enum Result {
        UPDATED,
        UNCHANGED,
        UNKNOWN
    }

    private final Outbox outbox;
    private final NotifySettings settings;
    private final HistoryLines history;
    private final CareFollowUp followUp;
    private final Clock clock;
    private final String node;

    Receipts(
            Outbox outbox,
            NotifySettings settings,
            HistoryLines history,
            CareFollowUp followUp,
            Clock clock,
            NodeName node) {
        this.outbox = outbox;
        this.settings = settings;
        this.history = history;
        this.followUp = followUp;
        this.clock = clock;
        this.node = node.get();
    }

    /** Whether the bearer token is the configured callback token (compared in constant time); never without one. */
    public boolean tokenMatches(String token) {
        if (!settings.hasCallbackToken() || token == null) {
            return false;
        }
        return MessageDigest.isEqual(
                settings.callbackToken().strip().getBytes(StandardCharsets.UTF_8),
                token.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Applies a receipt.
     *
     * @param reference   our id, as given to Notify (may be absent or not ours)
     * @param notifyId    Notify's id of the notification
     * @param status      its status as the new one
     * @param notifyStatus Notify's own word for it ({@code technical-failure})
     * @param at          when Notify says it happened, or null for now
     */
    @Transactional
    public Result apply(String reference, String notifyId, NotificationStatus status, String notifyStatus, Instant at) {
        Optional<Row> found = outbox.lockForReceipt(uuid(reference), uuid(notifyId));
        if (found.isEmpty()) {
            return Result.UNKNOWN;
        }
        Row row = found.get();
        if (row.status() == status
                || row.status() == NotificationStatus.DELIVERED
                || row.status() == NotificationStatus.PERMANENT_FAILURE
                || row.status() == NotificationStatus.WITHHELD
                || row.status() == NotificationStatus.NOT_SENT_NO_KEY) {
            return Result.UNCHANGED;
        }
        Instant when = at == null ? clock.instant() : at;
        UUID notify = uuid(notifyId);
        if (status == NotificationStatus.DELIVERED) {
            outbox.receipt(row.id(), status, null, notify, when, node);
            history.write(
                    row.caseReference(),
                    row.id(),
                    row.message(),
                    row.channel(),
                    row.recipientKind(),
                    Happened.DELIVERED,
                    when);
            followUp.decisionDelivered(
                    row.caseReference(), row.message(), row.id(), row.channel(), when, row.taskKey());
        } else if (status.needsAttention() && row.channel() != null) {
            var reason = NotifyRefusals.undelivered(notifyStatus, row.channel());
            outbox.receipt(row.id(), status, NotifyRefusals.store(reason), notify, when, node);
            history.write(
                    row.caseReference(),
                    row.id(),
                    row.message(),
                    row.channel(),
                    row.recipientKind(),
                    Happened.NOT_DELIVERED,
                    when);
            followUp.undelivered(row.caseReference(), row.recipientKind(), row.id(), reason, when);
        } else {
            outbox.receipt(row.id(), status, null, notify, when, node);
        }
        return Result.UPDATED;
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
