package org.reassure.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox. Everything is written in the caller's transaction, so a notification exists exactly when the change
 * that caused it was committed; the sending task takes it from there.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    Notifications(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Queues a notification to be sent at {@code notBefore} or later. Queuing a {@code dedupeKey} that exists does
     * nothing.
     *
     * @return the new notification's id (also its Notify reference), or empty when the key was queued before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> queue(Outgoing outgoing) {
        if (outgoing.channel() == null) {
            throw new IllegalArgumentException("A queued notification needs a channel");
        }
        Instant now = clock.instant();
        Instant notBefore =
                outgoing.notBefore() == null || outgoing.notBefore().isBefore(now) ? now : outgoing.notBefore();
        return insert(outgoing, NotificationStatus.QUEUED, null, notBefore, now);
    }

    /** Records that a notification the rules called for was not sent, and why (the officer sees it on the case). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> withhold(Outgoing outgoing, WithheldReason reason) {
        Instant now = clock.instant();
        return insert(outgoing, NotificationStatus.WITHHELD, reason.name(), now, now);
    }

    /**
     * Withholds every notification still queued for the case's victim or reporter (the {@code kinds} given): their
     * consent to contact was withdrawn. One that a node is sending at this moment is not stopped.
     *
     * @return how many were withheld
     */
    @Transactional
    public int withholdQueued(String caseReference, Collection<RecipientKind> kinds, WithheldReason reason) {
        if (kinds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<UUID> ids = jdbc.sql("""
                UPDATE notification SET status = 'WITHHELD', status_reason = :reason, status_at = :now,
                       email_address = NULL, phone_number = NULL, address_lines = '{}'
                WHERE case_reference = :ref AND recipient_kind IN (:kinds) AND status = 'QUEUED' RETURNING id""")
                .param("reason", reason.name())
                .param("now", Timestamp.from(now))
                .param("ref", caseReference)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .query(UUID.class)
                .list();
        ids.forEach(id -> statusChange(id, NotificationStatus.WITHHELD, reason.name(), now));
        return ids.size();
    }

    private Optional<UUID> insert(
            Outgoing o, NotificationStatus status, String reason, Instant notBefore, Instant now) {
        UUID id = UUID.randomUUID();
        boolean withheld = status == NotificationStatus.WITHHELD;
        int rows = jdbc.sql("""
                INSERT INTO notification (id, dedupe_key, case_reference, message, channel, language, recipient_kind,
                    recipient_key, personalisation, email_address, phone_number, address_lines, safe_windows, task_key,
                    status, status_reason, not_before, next_attempt_at, created_at, status_at)
                VALUES (:id, :dedupe, :ref, :message, :channel, :language, :kind, :key, CAST(:personalisation AS jsonb),
                    :email, :phone, :lines, :windows, :task, :status, :reason, :notBefore, :notBefore, :now, :now)
                ON CONFLICT (dedupe_key) DO NOTHING""")
                .param("id", id)
                .param("dedupe", o.dedupeKey())
                .param("ref", o.caseReference())
                .param("message", o.message().name())
                .param("channel", o.channel() == null ? null : o.channel().name())
                .param("language", o.language())
                .param("kind", o.recipientKind().name())
                .param("key", o.recipientKey())
                .param("personalisation", json.writeValueAsString(o.personalisation()))
                .param("email", withheld ? null : o.emailAddress())
                .param("phone", withheld ? null : o.phoneNumber())
                .param("lines", withheld ? new String[0] : o.addressLines().toArray(String[]::new))
                .param("windows", o.safeWindows().toArray(String[]::new))
                .param("task", o.taskKey())
                .param("status", status.name())
                .param("reason", reason)
                .param("notBefore", Timestamp.from(notBefore))
                .param("now", Timestamp.from(now))
                .update();
        if (rows == 0) {
            return Optional.empty();
        }
        statusChange(id, status, reason, now);
        return Optional.of(id);
    }

    private void statusChange(UUID id, NotificationStatus status, String reason, Instant at) {
        jdbc.sql("INSERT INTO notification_status_change (notification_id, status, reason, at) VALUES (?, ?, ?, ?)")
                .params(id, status.name(), reason, Timestamp.from(at))
                .update();
    }
}
