package org.reassure.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Errors of one form submission, in the order the fields appear, for the GOV.UK error summary and the
 * message above each field. The form fragments ({@code layout/forms}) read {@code errors.has('field')} and
 * show {@code errors.message('field')} in the person's language.
 */
public final class FormErrors implements Serializable {

    private static final long serialVersionUID = 2L;

    private final LinkedHashMap<String, Message> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(InvalidInput invalid) {
        FormErrors errors = new FormErrors();
        invalid.errors().forEach(error -> errors.add(error.field(), error.message()));
        return errors;
    }

    /** The first error for a field wins: it is the one the person meets first. */
    public FormErrors add(String field, String key, Object... args) {
        return add(field, Message.of(key, args));
    }

    public FormErrors add(String field, Message message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message message(String field) {
        return byField.get(field);
    }

    public List<InvalidInput.FieldError> all() {
        List<InvalidInput.FieldError> list = new ArrayList<>();
        byField.forEach((field, message) -> list.add(new InvalidInput.FieldError(field, message)));
        return list;
    }

    public void throwIfAny() {
        if (any()) {
            throw new InvalidInput(all());
        }
    }
}
