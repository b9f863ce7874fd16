package org.reassure.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for the person using the service, as a key in the message bundles and its arguments, so that it is
 * shown in their language (English or Welsh) where it is shown: a page, a flash banner, an API problem. An
 * argument may itself be a {@code Message} (an enum's label inside a sentence): it is resolved in the same
 * language. Keep arguments to strings and whole numbers, formatted for people, and double every apostrophe in a
 * text that takes arguments ({@code ''}), as {@link java.text.MessageFormat} asks.
 */
public record Message(String key, List<Object> args) implements MessageSourceResolvable, Serializable {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");

    public Message {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /**
     * Words that are data, not a text of the service (a name, or words stored by an earlier version), shown as they
     * are in every language.
     */
    public static Message verbatim(String text) {
        return of("platform.verbatim", text);
    }

    /** Whether a text has the shape of a message key ({@code casework.recording.saved}). */
    public static boolean isKey(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** No default: a key missing from the bundles is a failure that tests see, not English shown in Welsh. */
    @Override
    public String getDefaultMessage() {
        return null;
    }

    @Override
    public String toString() {
        return key + (args.isEmpty() ? "" : args);
    }
}
