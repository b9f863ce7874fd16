package org.reassure.notifications.internal.send;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.reassure.care.SafeWindows;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.NotificationStatus;
import org.reassure.notifications.internal.send.HistoryLines.Happened;
import org.reassure.notifications.internal.send.NotifyGateway.Accepted;
import org.reassure.notifications.internal.send.NotifyGateway.Known;
import org.reassure.notifications.internal.send.NotifyGateway.NotReached;
import org.reassure.notifications.internal.send.NotifyGateway.Refused;
import org.reassure.notifications.internal.send.Outbox.Claimed;
import org.reassure.platform.Message;

/**
 * Sends what is due. Taking a notification is one short transaction; the call to Notify is made outside any
 * transaction; its result is another. Notify's {@code reference} is our id, so a notification taken over from a node
 * that died while sending, or tried again after an answer that never came, is first looked up in Notify and adopted
 * if it is there: it is never sent twice.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final Outbox outbox;
    private final NotifyGateway notify;
    private final NotifyTemplates templates;
    private final NotifySettings settings;
    private final HistoryLines history;
    private final CareFollowUp followUp;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;

    NotificationSender(
            Outbox outbox,
            NotifyGateway notify,
            NotifyTemplates templates,
            NotifySettings settings,
            HistoryLines history,
            CareFollowUp followUp,
            TransactionTemplate transaction,
            Clock clock,
            NodeName node) {
        this.outbox = outbox;
        this.notify = notify;
        this.templates = templates;
        this.settings = settings;
        this.history = history;
        this.followUp = followUp;
        this.transaction = transaction;
        this.clock = clock;
        this.node = node.get();
    }

    /** Takes what is due, a batch at a time, and sends it; returns how many were taken. */
    int sendDue() {
        int taken = 0;
        List<Claimed> batch;
        do {
            Instant now = clock.instant();
            batch = transaction.execute(
                    status -> outbox.claim(node, now, now.plus(settings.lease()), settings.batchSize()));
            for (Claimed claimed : batch) {
                try {
                    send(claimed);
                } catch (RuntimeException failure) {
                    // It stays SENDING until its lease ends, then it is looked up in Notify and tried again.
                    log.warn(
                            "Notification {} could not be handled: {}",
                            claimed.id(),
                            failure.getClass().getName());
                }
            }
            taken += batch.size();
        } while (batch.size() == settings.batchSize());
        return taken;
    }

    void send(Claimed c) {
        Instant now = clock.instant();
        if (!settings.hasKey()) {
            finish(c, NotificationStatus.NOT_SENT_NO_KEY, "notifications.reason.noKey", null, null);
            return;
        }
        if (c.recovered() || c.attempts() > 1) {
            Optional<Known> known;
            try {
                known = notify.find(c.id().toString());
            } catch (NotifyGateway.NotReachedException unreachable) {
                retry(c);
                return;
            }
            if (known.isPresent()) {
                adopt(c, known.get());
                return;
            }
        }
        if (c.channel() != NotificationChannel.LETTER) {
            Instant safe = SafeWindows.decode(c.safeWindows()).firstSafeAt(now);
            if (safe != null) {
                transaction.executeWithoutResult(
                        status -> outbox.requeue(c.id(), node, safe, "notifications.reason.safeWindow", false, now));
                return;
            }
        }
        String setting = NotifyTemplates.setting(c.message(), c.channel(), c.language());
        Optional<String> template = templates.id(c.message(), c.channel(), c.language());
        if (template.isEmpty()) {
            refused(c, Message.of("notifications.problem.noTemplate", setting), null);
            return;
        }
        NotifyGateway.Answer answer = notify.send(
                c.channel(),
                template.get(),
                c.emailAddress(),
                c.phoneNumber(),
                c.addressLines(),
                c.personalisation(),
                c.id().toString(),
                setting);
        if (answer instanceof Accepted accepted) {
            transaction.executeWithoutResult(status -> {
                if (outbox.finish(
                        c.id(),
                        node,
                        NotificationStatus.SENT,
                        null,
                        accepted.notifyId(),
                        accepted.templateId(),
                        clock.instant())) {
                    line(c, Happened.SENT);
                }
            });
        } else if (answer instanceof Refused refusal) {
            refused(c, refusal.reason(), template.get());
        } else if (answer instanceof NotReached) {
            retry(c);
        }
    }

    /** Notify has it already (sent by a node that died, or by an attempt whose answer was lost): take its word. */
    private void adopt(Claimed c, Known known) {
        NotificationStatus status = NotificationStatus.fromNotify(known.notifyStatus());
        NotificationStatus adopted = status == null ? NotificationStatus.SENT : status;
        Instant at = clock.instant();
        transaction.executeWithoutResult(tx -> {
            String reason = adopted.needsAttention()
                    ? NotifyRefusals.store(NotifyRefusals.undelivered(known.notifyStatus(), c.channel()))
                    : "notifications.reason.adopted";
            if (!outbox.finish(c.id(), node, adopted, reason, known.notifyId(), known.templateId(), at)) {
                return;
            }
            line(c, Happened.SENT);
            if (adopted == NotificationStatus.DELIVERED) {
                line(c, Happened.DELIVERED);
                followUp.decisionDelivered(c.caseReference(), c.message(), c.id(), c.channel(), at, c.taskKey());
            } else if (adopted.needsAttention()) {
                line(c, Happened.NOT_DELIVERED);
                followUp.undelivered(
                        c.caseReference(),
                        c.recipientKind(),
                        c.id(),
                        NotifyRefusals.undelivered(known.notifyStatus(), c.channel()),
                        at);
            }
        });
    }

    private void refused(Claimed c, Message reason, String templateId) {
        Instant at = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (outbox.finish(
                    c.id(), node, NotificationStatus.REJECTED, NotifyRefusals.store(reason), null, templateId, at)) {
                line(c, Happened.REFUSED);
                followUp.undelivered(c.caseReference(), c.recipientKind(), c.id(), reason, at);
            }
        });
    }

    /** Notify could not be reached: again after the backoff, or given up after the last attempt. */
    private void retry(Claimed c) {
        Instant at = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (c.attempts() >= settings.maxAttempts()) {
                Message reason = Message.of("notifications.problem.notReached", String.valueOf(c.attempts()));
                if (outbox.finish(
                        c.id(), node, NotificationStatus.FAILED, NotifyRefusals.store(reason), null, null, at)) {
                    line(c, Happened.NOT_REACHED);
                    followUp.undelivered(c.caseReference(), c.recipientKind(), c.id(), reason, at);
                }
            } else {
                outbox.requeue(
                        c.id(),
                        node,
                        at.plus(settings.backoffAfter(c.attempts())),
                        "notifications.reason.retrying",
                        true,
                        at);
            }
        });
    }

    private void finish(Claimed c, NotificationStatus status, String reason, UUID notifyId, String template) {
        transaction.executeWithoutResult(
                tx -> outbox.finish(c.id(), node, status, reason, notifyId, template, clock.instant()));
    }

    private void line(Claimed c, Happened happened) {
        history.write(
                c.caseReference(), c.id(), c.message(), c.channel(), c.recipientKind(), happened, clock.instant());
    }
}
