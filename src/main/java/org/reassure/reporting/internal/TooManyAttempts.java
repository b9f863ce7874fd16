package org.reassure.reporting.internal;

import java.time.Duration;

/**
 * This client sent too many wrong tracking codes: the page and the API answer 429 with {@code Retry-After}. Never
 * raised against a reference, so the right code from anyone else always opens the report.
 */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        // Never shown: the page and the API answer with their own words.
        super("Too many attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
