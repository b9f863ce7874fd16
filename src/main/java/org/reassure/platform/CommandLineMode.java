package org.reassure.platform;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.reassure.platform.cli.CommandDispatcher;

/**
 * Runs one command of the command line ({@code java -jar reassure.jar admin create-unit ...}) against the
 * configured database, without the web server, and returns the exit code.
 */
public final class CommandLineMode {

    /** The Spring profile active while a command runs: no web server, no demo data, logs on standard error. */
    public static final String PROFILE = "cli";

    private CommandLineMode() {}

    /** A command is any first argument that is not an option for Spring itself. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(PROFILE);
        app.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = app.run("--spring.main.banner-mode=off")) {
            return context.getBean(CommandDispatcher.class).execute(args);
        } catch (RuntimeException startFailure) {
            System.err.println("Reassure could not start to run '"
                    + String.join(" ", Arrays.copyOf(args, Math.min(args.length, 2))) + "': "
                    + rootMessage(startFailure));
            return 3;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
