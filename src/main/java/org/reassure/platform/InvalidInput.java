package org.reassure.platform;

import java.util.List;

/**
 * Input that cannot be accepted, with one message per field written for the person who typed it
 * (GOV.UK error message style). Pages show them in the error summary; the API answers 422.
 */
public class InvalidInput extends RuntimeException {

    public record FieldError(String field, String message) {}

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
