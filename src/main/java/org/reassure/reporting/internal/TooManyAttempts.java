package org.reassure.reporting.internal;

/** Too many wrong tracking codes for one reference: the page answers 429 and asks to wait. */
public class TooManyAttempts extends RuntimeException {

    public TooManyAttempts() {
        // Never shown: the page and the API answer with their own words.
        super("Too many attempts");
    }
}
