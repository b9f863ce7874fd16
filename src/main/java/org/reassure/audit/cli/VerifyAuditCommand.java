package org.reassure.audit.cli;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;

/** {@code audit verify}: recomputes the hash chain of the whole audit log. */
@Component
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Checks that no entry of the audit log has been changed, removed or reordered.")
class VerifyAuditCommand implements CliCommand {

    private final AuditLog auditLog;
    private final MessageSource messages;

    VerifyAuditCommand(AuditLog auditLog, MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "audit";
    }

    @Override
    public Integer call() {
        AuditLog.Verification result = auditLog.verify();
        if (!result.intact()) {
            throw new CommandFailure(
                    "The audit log is NOT intact: " + messages.getMessage(result.problem(), Locale.UK) + " ("
                            + result.entriesChecked() + " entries before it are intact)",
                    4);
        }
        System.out.println("The audit log is intact: " + result.entriesChecked() + " entries checked.");
        auditLog.recordCommand(
                AuditAction.CONSULTATION,
                "audit-chain",
                null,
                "audit verify",
                result.entriesChecked() + " entries intact");
        return 0;
    }
}
