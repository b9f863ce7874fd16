package org.reassure.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Errors of one form submission, in the order the fields appear, for the GOV.UK error summary and the
 * message above each field. Templates read {@code errors.has('field')} and {@code errors.message('field')}.
 */
public final class FormErrors implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(InvalidInput invalid) {
        FormErrors errors = new FormErrors();
        invalid.errors().forEach(error -> errors.add(error.field(), error.message()));
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
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
