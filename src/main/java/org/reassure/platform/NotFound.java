package org.reassure.platform;

/** A record that does not exist, or that the caller may not know exists (the API answers 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
