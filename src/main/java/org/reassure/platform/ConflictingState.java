package org.reassure.platform;

/** A request that the current state of a record does not allow (the API answers 409); the message is for the user. */
public class ConflictingState extends RuntimeException {

    public ConflictingState(String message) {
        super(message);
    }
}
