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

    public int exitCode() {
        return exitCode;
    }
}
