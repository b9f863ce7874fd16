package org.reassure.reporting.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong tracking codes per reference in fixed windows ({@link PublicCounters}, shared by every
 * node). Keyed by a hash of the reference so that unknown references are counted the same way.
 */
@Component
class TrackingThrottle {

    private final PublicCounters counters;
    private final int maxFailures;
    private final Duration window;

    TrackingThrottle(
            PublicCounters counters,
            @Value("${reassure.tracking.max-failures:5}") int maxFailures,
            @Value("${reassure.tracking.window:15m}") Duration window) {
        this.counters = counters;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void checkAllowed(String reference) {
        if (counters.count(PublicCounters.referenceKey(reference), window) >= maxFailures) {
            throw new TooManyAttempts();
        }
    }

    void recordFailure(String reference) {
        counters.hit(PublicCounters.referenceKey(reference), window);
    }
}
