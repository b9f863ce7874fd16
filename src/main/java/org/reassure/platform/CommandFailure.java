package org.reassure.platform;

/** A command failed for a reason the person running it can act on; the message is shown as it is. */
public class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Bad input to a command: one line per field, named as its option (--field: message). */
    public static CommandFailure of(InvalidInput invalid) {
        StringBuilder message = new StringBuilder();
        invalid.errors()
                .forEach(error -> message.append(message.isEmpty() ? "" : System.lineSeparator())
                        .append("--")
                        .append(error.field())
                        .append(": ")
                        .append(error.message()));
        return new CommandFailure(message.toString());
    }

    public int exitCode() {
        return exitCode;
    }
}
