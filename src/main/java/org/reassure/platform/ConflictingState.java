package org.reassure.platform;

/**
 * A request that the current state of a record does not allow (the API answers 409), with a message key that
 * says why to the user.
 */
public class ConflictingState extends RuntimeException {

    private final Message message;

    public ConflictingState(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message message() {
        return message;
    }
}
