package org.reassure.notifications.internal.send;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Reassure reaches GOV.UK Notify, bound from {@code reassure.notify.*} (environment: {@code REASSURE_NOTIFY_*}).
 * The template ids are read by name from the environment ({@link NotifyTemplates}).
 *
 * @param apiKey        Notify's API key ({@code name-<service id>-<secret>}); empty: nothing is sent, each
 *                      notification is recorded as "not sent: no Notify key"
 * @param baseUrl       Notify's address (a local stand-in in tests)
 * @param callbackToken the bearer token Notify sends with delivery receipts; empty: every receipt is refused
 * @param batchSize     notifications one node takes at each poll
 * @param pollInterval  how often each node looks for notifications that are due
 * @param lease         how long a node may take to send one before another node takes it over
 * @param maxAttempts   attempts before a notification Notify could not be reached for is given up (FAILED)
 * @param backoff       the wait after the first failed attempt, doubled after each further one
 * @param maxBackoff    the longest wait between two attempts
 * @param timeout       how long one call to Notify may take
 */
@ConfigurationProperties("reassure.notify")
public record NotifySettings(
        @DefaultValue("") String apiKey,

        @DefaultValue("https://api.notifications.service.gov.uk")
        String baseUrl,

        @DefaultValue("") String callbackToken,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("30s") Duration timeout) {

    public boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    public boolean hasCallbackToken() {
        return callbackToken != null && !callbackToken.isBlank();
    }

    /** The wait before attempt {@code attempts + 1}: the backoff doubled for each attempt after the first, capped. */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
