package org.reassure.care;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.care.internal.CareTasks;
import org.reassure.care.internal.RuleCodes;
import org.reassure.casework.Cases;
import org.reassure.platform.Message;

/**
 * What victim care needs to hear of notifications (issue 16). A decision notice delivered on a channel the victim
 * agreed counts as telling them, so it completes the DECISION_NOTICE task it answers, naming the notification; a
 * notification that could not be delivered leaves that task open and gives the officer a task saying what to fix.
 */
@Service
public class NotificationCare {

    /** How a notification went, by Notify's channel, inside a sentence. */
    private static final Map<String, String> DELIVERED_BY = Map.of(
            "EMAIL", "care.task.deliveredBy.EMAIL",
            "SMS", "care.task.deliveredBy.SMS",
            "LETTER", "care.task.deliveredBy.LETTER");

    /** Who completes a task that a delivered notification did. */
    public static final String NOTIFY = "GOV.UK Notify";

    private final CareTasks tasks;
    private final Cases cases;

    NotificationCare(CareTasks tasks, Cases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /**
     * Completes the open or overdue DECISION_NOTICE task of the case whose trigger key is {@code taskKey} (the
     * decision's {@code TYPE@decidedAt}, or {@code outcome@at}), as done at {@code deliveredAt} by the notification.
     *
     * @return whether a task was completed
     */
    @Transactional
    public boolean decisionNoticeDelivered(
            String reference, String taskKey, Instant deliveredAt, UUID notificationId, String channel) {
        if (reference == null || taskKey == null || deliveredAt == null || notificationId == null) {
            return false;
        }
        Message note = Message.of("care.task.delivered", deliveredBy(channel), notificationId.toString());
        return tasks.completeByTrigger(reference, TaskKind.DECISION_NOTICE, taskKey, deliveredAt, NOTIFY, note)
                .isPresent();
    }

    /**
     * Gives the case's officer a task (due under its rule) saying that a notification could not be delivered and
     * what to fix: {@code whatToFix} in the reader's language. A second call for the same notification starts nothing.
     */
    @Transactional
    public void notificationFailed(String reference, UUID notificationId, Message whatToFix, Instant at) {
        cases.facts(reference)
                .flatMap(facts -> tasks.start(
                        facts,
                        TaskKind.NOTIFICATION_FAILED,
                        notificationId.toString(),
                        RuleCodes.NOTIFICATION_FAILED,
                        at))
                .ifPresent(id -> tasks.note(
                        id,
                        whatToFix == null
                                ? Message.of("care.task.notDelivered", notificationId.toString())
                                : whatToFix));
    }

    /** The channel inside a sentence: "by text message". */
    private static Message deliveredBy(String channel) {
        String key = DELIVERED_BY.getOrDefault(String.valueOf(channel), "care.task.deliveredBy.OTHER");
        return Message.of(key);
    }
}
