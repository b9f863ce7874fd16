package org.reassure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.reassure.platform.CommandLineMode;
import org.reassure.platform.EmbeddedDatabaseStart;

/**
 * Reassure: hate crime reporting, recording and victim care.
 *
 * <p>With no arguments the web service starts; with a command (for example {@code admin create-unit})
 * that command runs against the configured database and the process exits without serving HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReassureApplication {

    public static void main(String[] args) {
        if (CommandLineMode.isCommand(args)) {
            System.exit(CommandLineMode.run(ReassureApplication.class, args));
        }
        EmbeddedDatabaseStart.beginIfEmbedded(args);
        SpringApplication.run(ReassureApplication.class, args);
    }
}
