package org.reassure.platform;

/** A record that does not exist, or that the caller may not know exists (the API answers 404). */
public class NotFound extends RuntimeException {

    private final Message message;

    public NotFound(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message message() {
        return message;
    }
}
