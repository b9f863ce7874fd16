package org.reassure.notifications.internal.send;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.reassure.care.NotificationCare;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.RecipientKind;
import org.reassure.platform.Message;

/**
 * What victim care hears of a notification, after the change is committed: a decision notice delivered completes its
 * task; one that could not be delivered gives the officer a task saying what to fix. The event publication registry
 * keeps each until care has taken it, so a failure in care neither loses it nor undoes what Notify told us.
 */
@Component
class CareFollowUp {

    /** A decision notice was delivered on the victim's channel. */
    record DecisionNoticeDelivered(
            String caseReference, String taskKey, Instant deliveredAt, UUID notificationId, String channel) {}

    /** A notification about a case could not be delivered; {@code fixKey} and its arguments say what to fix. */
    record NotificationUndelivered(
            String caseReference, UUID notificationId, String fixKey, List<String> fixArgs, Instant at) {

        static NotificationUndelivered of(String caseReference, UUID id, Message whatToFix, Instant at) {
            return new NotificationUndelivered(
                    caseReference,
                    id,
                    whatToFix.key(),
                    whatToFix.args().stream().map(String::valueOf).toList(),
                    at);
        }
    }

    private final NotificationCare care;
    private final ApplicationEventPublisher events;

    CareFollowUp(NotificationCare care, ApplicationEventPublisher events) {
        this.care = care;
        this.events = events;
    }

    /** A decision notice delivered to the victim completes its care task (once this transaction commits). */
    void decisionDelivered(
            String caseReference,
            MessageType message,
            UUID id,
            NotificationChannel channel,
            Instant at,
            String taskKey) {
        if (message == MessageType.DECISION && taskKey != null && caseReference != null) {
            events.publishEvent(new DecisionNoticeDelivered(caseReference, taskKey, at, id, channel.name()));
        }
    }

    /**
     * The officer is told when a victim or reporter could not be told (a task saying what to fix), once this
     * transaction commits; a failure to reach an officer or an organisation shows on the administrator's page.
     */
    void undelivered(String caseReference, RecipientKind kind, UUID id, Message whatToFix, Instant at) {
        if (caseReference != null && (kind == RecipientKind.VICTIM || kind == RecipientKind.REPORTER)) {
            events.publishEvent(NotificationUndelivered.of(caseReference, id, whatToFix, at));
        }
    }

    @ApplicationModuleListener
    void on(DecisionNoticeDelivered delivered) {
        care.decisionNoticeDelivered(
                delivered.caseReference(),
                delivered.taskKey(),
                delivered.deliveredAt(),
                delivered.notificationId(),
                delivered.channel());
    }

    @ApplicationModuleListener
    void on(NotificationUndelivered undelivered) {
        care.notificationFailed(
                undelivered.caseReference(),
                undelivered.notificationId(),
                Message.of(undelivered.fixKey(), undelivered.fixArgs().toArray()),
                undelivered.at());
    }
}
