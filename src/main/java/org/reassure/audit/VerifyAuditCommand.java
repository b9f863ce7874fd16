package org.reassure.audit;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

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

    VerifyAuditCommand(AuditLog auditLog) {
        this.auditLog = auditLog;
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
                    "The audit log is NOT intact: " + result.problem() + " (" + result.entriesChecked()
                            + " entries before it are intact)",
                    4);
        }
        System.out.println("The audit log is intact: " + result.entriesChecked() + " entries checked.");
        auditLog.recordAs(
                "command-line",
                "",
                AuditAction.CONSULTATION,
                "audit-chain",
                null,
                "audit verify",
                AuditOutcome.ALLOWED,
                result.entriesChecked() + " entries intact");
        return 0;
    }
}
