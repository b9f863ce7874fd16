package org.reassure.reporting;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the asynchronous event listeners do, checking often, up to a limit. */
final class Eventually {

    private Eventually() {}

    static <T> T await(String what, Supplier<T> check) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            T value = check.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what);
            }
        }
        throw new AssertionError("Timed out after 20 s waiting for " + what);
    }
}
