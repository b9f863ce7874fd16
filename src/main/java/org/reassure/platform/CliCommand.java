package org.reassure.platform;

import java.util.concurrent.Callable;

/**
 * A command of the command line, contributed by a module as a Spring bean annotated with picocli's
 * {@code @Command}. It returns its exit code; it throws {@link CommandFailure} for a failure the user
 * can act on.
 */
public interface CliCommand extends Callable<Integer> {

    /** The group the command belongs to ({@code admin}, {@code audit}, {@code trial}), or empty for a top-level command. */
    String group();
}
