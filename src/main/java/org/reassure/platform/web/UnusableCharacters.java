package org.reassure.platform.web;

/** A JSON body with a control character (or text that is not Unicode) in one of its strings: a 400 naming it. */
class UnusableCharacters extends RuntimeException {

    private final String field;

    UnusableCharacters(String field) {
        super("Control character in " + field);
        this.field = field;
    }

    String field() {
        return field;
    }
}
