package org.reassure.care.web;

/** Reading what a page posted: a constant's name, a number. */
final class Options {

    private Options() {}

    /** The constant named, or null when none or an unknown one was posted (the checks that follow say what is missing). */
    static <E extends Enum<E>> E option(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
