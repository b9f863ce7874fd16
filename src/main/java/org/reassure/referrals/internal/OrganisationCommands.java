package org.reassure.referrals.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** {@code admin create-organisation}: a support organisation in the directory (national until its entry says where it works). */
@Component
@Command(
        name = "create-organisation",
        mixinStandardHelpOptions = true,
        description = "Adds a support organisation to the directory.")
class OrganisationCommands implements CliCommand {

    @Option(names = "--code", required = true, description = "Organisation code, like VSUK")
    String code;

    @Option(names = "--name", required = true, description = "Organisation name, like Victim Support")
    String name;

    @Option(
            names = "--strands",
            split = ",",
            description = "Strands it serves, like RACE,RELIGION; none for every strand")
    List<String> strands;

    private final DirectoryEditor directory;
    private final AuditLog auditLog;

    OrganisationCommands(DirectoryEditor directory, AuditLog auditLog) {
        this.directory = directory;
        this.auditLog = auditLog;
    }

    @Override
    public String group() {
        return "admin";
    }

    @Override
    public Integer call() {
        try {
            Organisation organisation = directory.create(code, name, strands, "command-line");
            auditLog.recordAs(
                    "command-line",
                    "",
                    AuditAction.COLLECTION,
                    "support-organisation",
                    organisation.code(),
                    "admin create-organisation",
                    AuditOutcome.ALLOWED,
                    null);
            System.out.println(
                    "Created support organisation " + organisation.code() + " (" + organisation.name() + ")");
            return 0;
        } catch (InvalidInput invalid) {
            throw CommandFailure.of(invalid);
        }
    }
}
