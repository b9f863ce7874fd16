package org.reassure.reporting;

/** Too many wrong tracking codes for one reference: the page answers 429 and asks to wait. */
public class TooManyAttempts extends RuntimeException {

    public TooManyAttempts() {
        super("Too many attempts");
    }
}
