package org.reassure.spikes.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** The {@code spikes} commands: import history from before Reassure, and check for spikes now. */
final class SpikeCommands {

    private SpikeCommands() {}

    @Component
    @Command(
            name = "import-history",
            mixinStandardHelpOptions = true,
            description =
                    "Imports daily counts from before the force used Reassure (CSV: day,unit,strand,cases) to set expected levels from.")
    static class ImportHistory implements CliCommand {

        @Option(names = "--file", required = true, description = "The CSV file, with the header day,unit,strand,cases")
        Path file;

        private final SpikeHistory history;
        private final AuditLog auditLog;

        ImportHistory(SpikeHistory history, AuditLog auditLog) {
            this.history = history;
            this.auditLog = auditLog;
        }

        @Override
        public String group() {
            return "spikes";
        }

        @Override
        public Integer call() {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int rows = history.importCsv(reader);
                auditLog.recordAs(
                        "command-line",
                        "",
                        AuditAction.COLLECTION,
                        "spike-history",
                        file.getFileName().toString(),
                        "spikes import-history",
                        AuditOutcome.ALLOWED,
                        null);
                System.out.println("Imported " + rows + " daily counts");
                return 0;
            } catch (NoSuchFileException missing) {
                throw new CommandFailure("--file: there is no file " + file);
            } catch (IOException unreadable) {
                throw new CommandFailure("--file: the file could not be read");
            } catch (InvalidInput invalid) {
                throw CommandFailure.of(invalid);
            }
        }
    }

    @Component
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Checks the days not yet checked up to yesterday for spikes, as the daily check does.")
    static class Check implements CliCommand {

        private final SpikeChecks checks;

        Check(SpikeChecks checks) {
            this.checks = checks;
        }

        @Override
        public String group() {
            return "spikes";
        }

        @Override
        public Integer call() {
            SpikeChecks.Summary summary = checks.catchUp("command-line", false);
            System.out.println("Checked " + summary.series() + " series on " + summary.days() + " days: "
                    + summary.flagged() + " flagged, " + summary.raised() + " new alerts");
            return 0;
        }
    }
}
