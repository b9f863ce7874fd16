package org.reassure.identity.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.identity.internal.AccountValidator;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** {@code admin create-token}: a personal API token, printed as the only line of output. */
@Component
@Command(
        name = "create-token",
        mixinStandardHelpOptions = true,
        description = "Creates a personal API token and prints it as the only line of output.")
class CreateTokenCommand implements CliCommand {

    @Option(names = "--username", required = true)
    String username;

    @Option(names = "--label", defaultValue = "Created on the command line", description = "What the token is for")
    String label;

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final AuditLog auditLog;

    CreateTokenCommand(StaffAccounts accounts, ApiTokens tokens, AuditLog auditLog) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.auditLog = auditLog;
    }

    @Override
    public String group() {
        return "admin";
    }

    @Override
    public Integer call() {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() ->
                        new CommandFailure("--username: there is no account " + AccountValidator.normalise(username)));
        if (!account.enabled()) {
            throw new CommandFailure("--username: the account " + account.username() + " is switched off");
        }
        try {
            ApiTokens.IssuedToken issued = tokens.issue(account.id(), label);
            auditLog.recordCommand(
                    AuditAction.COLLECTION,
                    "api-token",
                    Long.toString(issued.id()),
                    "admin create-token for " + account.username(),
                    null);
            System.out.println(issued.token());
            return 0;
        } catch (InvalidInput invalid) {
            throw Failures.of(invalid);
        }
    }
}
