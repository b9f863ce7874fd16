package org.reassure.platform.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.CommandLineMode;

/** Builds the command tree from the modules' {@link CliCommand} beans and runs one command. */
@Component
@Profile(CommandLineMode.PROFILE)
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final List<CliCommand> commands;
    private final MessageSource messages;

    CommandDispatcher(List<CliCommand> commands, MessageSource messages) {
        this.messages = messages;
        this.commands = commands;
    }

    @Command(
            name = "reassure",
            mixinStandardHelpOptions = true,
            description = "Runs one Reassure command against the configured database.")
    static final class Root {}

    @Command(mixinStandardHelpOptions = true)
    static final class Group {}

    public int execute(String[] args) {
        CommandLine root = new CommandLine(new Root());
        Map<String, CommandLine> groups = new LinkedHashMap<>();
        for (CliCommand command : commands) {
            CommandLine line = new CommandLine(command);
            if (command.group().isEmpty()) {
                root.addSubcommand(line);
            } else {
                groups.computeIfAbsent(command.group(), name -> {
                            CommandLine group = new CommandLine(new Group());
                            group.getCommandSpec().usageMessage().description("Commands of the " + name + " group.");
                            root.addSubcommand(name, group);
                            return group;
                        })
                        .addSubcommand(line);
            }
        }
        root.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (failure instanceof CommandFailure commandFailure) {
                err.println(commandFailure.describe(messages));
                return commandFailure.exitCode();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Command failed, reference {}: {}",
                    reference,
                    failure.getClass().getName());
            log.debug("Command failure {}", reference, failure);
            err.println("The command failed unexpectedly (reference " + reference
                    + "). Nothing was changed unless it says so above.");
            return 2;
        });
        return root.execute(args);
    }
}
