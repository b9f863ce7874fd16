package org.reassure.platform;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

/**
 * A command failed for a reason the person running it can act on. The command line is for administrators and
 * speaks English: a plain message is shown as it is, and bad input is one line per field, named as its option
 * ({@code --field: message}), with the message from the bundles.
 */
public class CommandFailure extends RuntimeException {

    private final int exitCode;
    private final transient List<InvalidInput.FieldError> errors;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.errors = List.of();
    }

    private CommandFailure(List<InvalidInput.FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field());
        this.exitCode = 1;
        this.errors = errors;
    }

    /** Bad input to a command, each field named as its option. */
    public static CommandFailure of(InvalidInput invalid) {
        return of(invalid, UnaryOperator.identity());
    }

    /** Bad input to a command, where a field's option has another name ({@code displayName} is {@code --name}). */
    public static CommandFailure of(InvalidInput invalid, UnaryOperator<String> option) {
        return new CommandFailure(invalid.errors().stream()
                .map(error -> new InvalidInput.FieldError(option.apply(error.field()), error.message()))
                .toList());
    }

    /** What the person running the command reads. */
    public String describe(MessageSource messages) {
        if (errors.isEmpty()) {
            return getMessage();
        }
        StringBuilder text = new StringBuilder();
        errors.forEach(error -> text.append(text.isEmpty() ? "" : System.lineSeparator())
                .append("--")
                .append(error.field())
                .append(": ")
                .append(messages.getMessage(error.message(), Locale.UK)));
        return text.toString();
    }

    public int exitCode() {
        return exitCode;
    }
}
