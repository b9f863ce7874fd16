package org.reassure.identity.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.StaffAccounts;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** {@code admin create-user}: adds a staff or partner account; the password comes from standard input. */
@Component
@Command(
        name = "create-user",
        mixinStandardHelpOptions = true,
        description = "Adds a staff or partner account. The password is read from standard input.")
class CreateUserCommand implements CliCommand {

    @Option(names = "--username", required = true)
    String username;

    @Option(names = "--name", required = true, description = "Full name")
    String name;

    @Option(names = "--roles", required = true, split = ",", description = "Role codes, like INVESTIGATOR,SUPERVISOR")
    String[] roles;

    @Option(names = "--unit", description = "Unit code (staff)")
    String unit;

    @Option(names = "--organisation", description = "Support organisation code (a support organisation's user)")
    String organisation;

    @Option(
            names = "--phone",
            description = "Direct work phone number given to victims, like \"020 7946 0123\" (optional)")
    String phone;

    @Option(
            names = "--email",
            description = "Work email address where Reassure writes to this person, like name@example.police.uk"
                    + " (optional)")
    String email;

    private final StaffAccounts accounts;
    private final AuditLog auditLog;

    CreateUserCommand(StaffAccounts accounts, AuditLog auditLog) {
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @Override
    public String group() {
        return "admin";
    }

    @Override
    public Integer call() throws IOException {
        Set<Role> roleSet = roles();
        if (unit != null && organisation != null) {
            throw new CommandFailure("--organisation: give --unit or --organisation, not both");
        }
        String password = readPassword();
        try {
            StaffAccount account = accounts.create(username, name, roleSet, unit, organisation, password, phone, email);
            auditLog.recordCommand(AuditAction.COLLECTION, "user", account.username(), "admin create-user", null);
            System.out.println("Created account " + account.username());
            return 0;
        } catch (InvalidInput invalid) {
            throw Failures.of(invalid);
        }
    }

    private Set<Role> roles() {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        for (String code : roles) {
            try {
                roleSet.add(Role.valueOf(code.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new CommandFailure("--roles: there is no role " + code.trim() + ". Use one or more of "
                        + String.join(
                                ",",
                                EnumSet.allOf(Role.class).stream()
                                        .map(Role::name)
                                        .toList()));
            }
        }
        return roleSet;
    }

    /** The first line of standard input (or the console, without echo, when there is one and no pipe). */
    private static String readPassword() throws IOException {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password for the new account: ");
            return typed == null ? "" : new String(typed);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "" : line;
    }
}
