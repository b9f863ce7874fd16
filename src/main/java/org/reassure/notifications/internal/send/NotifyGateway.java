package org.reassure.notifications.internal.send;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.NotificationList;

import org.reassure.notifications.NotificationChannel;
import org.reassure.platform.Message;

/**
 * GOV.UK Notify through its official client. Every call has a time limit (the client sets none), and every answer
 * is one of three: accepted, refused (a 4xx other than 429: sending it again cannot help), or not reached (a time-out,
 * a network failure, 429 or a 5xx: try again later). Nothing personal is logged: only the kind of answer.
 */
@Component
class NotifyGateway {

    private static final Logger log = LoggerFactory.getLogger(NotifyGateway.class);
    private static final Pattern NOTIFY_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** What became of a call. */
    sealed interface Answer permits Accepted, Refused, NotReached {}

    record Accepted(UUID notifyId, String templateId) implements Answer {}

    /** Notify refused it for good: {@code reason} says what to fix, in the officer's words. */
    record Refused(int httpStatus, Message reason) implements Answer {}

    record NotReached(String why) implements Answer {}

    /** A notification Notify already has under our reference. */
    record Known(UUID notifyId, String templateId, String notifyStatus) {}

    private final NotifySettings settings;
    private final ExecutorService calls;
    private volatile NotificationClient client;

    NotifyGateway(NotifySettings settings) {
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "notify-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    Answer send(
            NotificationChannel channel,
            String templateId,
            String email,
            String phone,
            List<String> addressLines,
            Map<String, String> personalisation,
            String reference,
            String setting) {
        try {
            UUID id = call(() -> switch (channel) {
                case EMAIL ->
                    client().sendEmail(templateId, email, personalisation, reference)
                            .getNotificationId();
                case SMS ->
                    client().sendSms(templateId, phone, personalisation, reference)
                            .getNotificationId();
                case LETTER ->
                    client().sendLetter(templateId, withAddress(personalisation, addressLines), reference)
                            .getNotificationId();
            });
            return new Accepted(id, templateId);
        } catch (NotificationClientException refusal) {
            int status = refusal.getHttpResult();
            if (status >= 400 && status < 500 && status != 429) {
                log.info("Notify refused notification {} with {}", reference, status);
                return new Refused(status, NotifyRefusals.reason(status, notifyMessages(refusal), setting));
            }
            log.info("Notify not reached for notification {}: answer {}", reference, status);
            return new NotReached(status == 0 ? "no answer" : "answer " + status);
        } catch (TimeoutException | RuntimeException failure) {
            log.info(
                    "Notify not reached for notification {}: {}",
                    reference,
                    failure.getClass().getSimpleName());
            return new NotReached(failure.getClass().getSimpleName());
        }
    }

    /**
     * What Notify has under our reference: asked before sending again something a node may have sent already.
     *
     * @throws NotReachedException when Notify cannot say
     */
    Optional<Known> find(String reference) {
        try {
            NotificationList list = call(() -> client().getNotifications(null, null, reference, null));
            return list.getNotifications().stream()
                    .filter(n -> n.getReference().map(reference::equals).orElse(false))
                    .findFirst()
                    .map(NotifyGateway::known);
        } catch (NotificationClientException | TimeoutException | RuntimeException failure) {
            log.info(
                    "Notify could not be asked about notification {}: {}",
                    reference,
                    failure.getClass().getSimpleName());
            throw new NotReachedException();
        }
    }

    private static Known known(Notification n) {
        return new Known(
                n.getId(), n.getTemplateId() == null ? null : n.getTemplateId().toString(), n.getStatus());
    }

    static final class NotReachedException extends RuntimeException {
        NotReachedException() {
            super("Notify could not be reached", null, false, false);
        }
    }

    private <T> T call(Callable<T> call) throws NotificationClientException, TimeoutException {
        Future<T> future = calls.submit(call);
        try {
            return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            throw late;
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof NotificationClientException notify) {
                throw notify;
            }
            throw new IllegalStateException(failed.getCause().getClass().getSimpleName());
        }
    }

    private NotificationClient client() {
        NotificationClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new NotificationClient(
                            settings.apiKey().strip(), settings.baseUrl().strip());
                }
                current = client;
            }
        }
        return current;
    }

    private static Map<String, String> withAddress(Map<String, String> personalisation, List<String> lines) {
        Map<String, String> all = new LinkedHashMap<>(personalisation);
        for (int i = 0; i < lines.size() && i < 7; i++) {
            all.put("address_line_" + (i + 1), lines.get(i));
        }
        return all;
    }

    /** The messages in Notify's error answer ({@code {"errors": [{"error", "message"}]}}). */
    static List<String> notifyMessages(NotificationClientException refusal) {
        String text = refusal.getMessage() == null ? "" : refusal.getMessage();
        Matcher matcher = NOTIFY_MESSAGE.matcher(text);
        List<String> messages = new ArrayList<>();
        while (matcher.find()) {
            messages.add(matcher.group(1));
        }
        return messages;
    }
}
