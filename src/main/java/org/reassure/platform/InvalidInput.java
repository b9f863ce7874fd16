package org.reassure.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with one message per field written for the person who typed it
 * (GOV.UK error message style), as message keys. Pages show them in the error summary; the API answers 422.
 */
public class InvalidInput extends RuntimeException {

    /** One field's error: the field's name (its id on the page, its JSON path in the API) and the message. */
    public record FieldError(String field, Message message) {

        public FieldError(String field, String key, Object... args) {
            this(field, Message.of(key, args));
        }
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        // The exception's own message is for logs: keys only, never what was typed.
        super(
                errors.isEmpty()
                        ? "Invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message().key());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String key, Object... args) {
        this(List.of(new FieldError(field, key, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
