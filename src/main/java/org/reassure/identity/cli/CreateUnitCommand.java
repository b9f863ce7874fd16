package org.reassure.identity.cli;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.CliCommand;
import org.reassure.platform.InvalidInput;

/** {@code admin create-unit}: adds a force, or a unit below one. */
@Component
@Command(name = "create-unit", mixinStandardHelpOptions = true, description = "Adds a force, or a unit below one.")
class CreateUnitCommand implements CliCommand {

    @Option(names = "--code", required = true, description = "Unit code, like HNS")
    String code;

    @Option(names = "--name", required = true, description = "Unit name, like Hounslow")
    String name;

    @Option(names = "--parent", description = "Code of the unit it belongs to; none for a force")
    String parent;

    private final Units units;
    private final AuditLog auditLog;
    private final MessageSource messages;

    CreateUnitCommand(Units units, AuditLog auditLog, MessageSource messages) {
        this.units = units;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "admin";
    }

    @Override
    public Integer call() {
        try {
            Unit unit = units.create(code, name, parent);
            auditLog.recordCommand(AuditAction.COLLECTION, "unit", unit.code(), "admin create-unit", null);
            String kind = messages.getMessage(unit.kind().label(), Locale.UK).toLowerCase(Locale.UK);
            System.out.println("Created " + kind + " " + unit.code() + " (" + unit.name() + ")");
            return 0;
        } catch (InvalidInput invalid) {
            throw Failures.of(invalid);
        }
    }
}
