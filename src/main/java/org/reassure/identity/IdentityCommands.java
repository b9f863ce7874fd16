package org.reassure.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.reassure.audit.AuditAction;
import org.reassure.audit.AuditLog;
import org.reassure.audit.AuditOutcome;
import org.reassure.platform.CliCommand;
import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** The identity commands of {@code admin}: create-unit, create-user and create-token. */
final class IdentityCommands {

    private IdentityCommands() {}

    static CommandFailure failure(InvalidInput invalid) {
        return CommandFailure.of(invalid, IdentityCommands::option);
    }

    private static String option(String field) {
        return switch (field) {
            case "displayName" -> "name";
            case "workPhone" -> "phone";
            case "password" -> "password (standard input)";
            default -> field;
        };
    }

    @Component
    @Command(name = "create-unit", mixinStandardHelpOptions = true, description = "Adds a force, or a unit below one.")
    static class CreateUnit implements CliCommand {

        @Option(names = "--code", required = true, description = "Unit code, like HNS")
        String code;

        @Option(names = "--name", required = true, description = "Unit name, like Hounslow")
        String name;

        @Option(names = "--parent", description = "Code of the unit it belongs to; none for a force")
        String parent;

        private final Units units;
        private final AuditLog auditLog;

        CreateUnit(Units units, AuditLog auditLog) {
            this.units = units;
            this.auditLog = auditLog;
        }

        @Override
        public String group() {
            return "admin";
        }

        @Override
        public Integer call() {
            try {
                Unit unit = units.create(code, name, parent);
                auditLog.recordAs(
                        "command-line",
                        "",
                        AuditAction.COLLECTION,
                        "unit",
                        unit.code(),
                        "admin create-unit",
                        AuditOutcome.ALLOWED,
                        null);
                System.out.println(
                        "Created " + unit.kind().label().toLowerCase() + " " + unit.code() + " (" + unit.name() + ")");
                return 0;
            } catch (InvalidInput invalid) {
                throw failure(invalid);
            }
        }
    }

    @Component
    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Adds a staff or partner account. The password is read from standard input.")
    static class CreateUser implements CliCommand {

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--name", required = true, description = "Full name")
        String name;

        @Option(
                names = "--roles",
                required = true,
                split = ",",
                description = "Role codes, like INVESTIGATOR,SUPERVISOR")
        String[] roles;

        @Option(names = "--unit", description = "Unit code (staff)")
        String unit;

        @Option(names = "--organisation", description = "Support organisation code (a support organisation's user)")
        String organisation;

        @Option(
                names = "--phone",
                description = "Direct work phone number given to victims, like \"020 7946 0123\" (optional)")
        String phone;

        private final StaffAccounts accounts;
        private final AuditLog auditLog;

        CreateUser(StaffAccounts accounts, AuditLog auditLog) {
            this.accounts = accounts;
            this.auditLog = auditLog;
        }

        @Override
        public String group() {
            return "admin";
        }

        @Override
        public Integer call() throws IOException {
            Set<Role> roleSet = EnumSet.noneOf(Role.class);
            for (String code : roles) {
                try {
                    roleSet.add(Role.valueOf(code.trim().toUpperCase()));
                } catch (IllegalArgumentException unknown) {
                    throw new CommandFailure("--roles: there is no role " + code.trim() + ". Use one or more of "
                            + String.join(
                                    ",",
                                    EnumSet.allOf(Role.class).stream()
                                            .map(Role::name)
                                            .toList()));
                }
            }
            if (unit != null && organisation != null) {
                throw new CommandFailure("--organisation: give --unit or --organisation, not both");
            }
            String password = readPassword();
            try {
                StaffAccount account = accounts.create(username, name, roleSet, unit, organisation, password, phone);
                auditLog.recordAs(
                        "command-line",
                        "",
                        AuditAction.COLLECTION,
                        "user",
                        account.username(),
                        "admin create-user",
                        AuditOutcome.ALLOWED,
                        null);
                System.out.println("Created account " + account.username());
                return 0;
            } catch (InvalidInput invalid) {
                throw failure(invalid);
            }
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

    @Component
    @Command(
            name = "create-token",
            mixinStandardHelpOptions = true,
            description = "Creates a personal API token and prints it as the only line of output.")
    static class CreateToken implements CliCommand {

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--label", defaultValue = "Created on the command line", description = "What the token is for")
        String label;

        private final StaffAccounts accounts;
        private final ApiTokens tokens;
        private final AuditLog auditLog;

        CreateToken(StaffAccounts accounts, ApiTokens tokens, AuditLog auditLog) {
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
                            new CommandFailure("--username: there is no account " + StaffAccounts.normalise(username)));
            if (!account.enabled()) {
                throw new CommandFailure("--username: the account " + account.username() + " is switched off");
            }
            try {
                ApiTokens.IssuedToken issued = tokens.issue(account.id(), label);
                auditLog.recordAs(
                        "command-line",
                        "",
                        AuditAction.COLLECTION,
                        "api-token",
                        Long.toString(issued.id()),
                        "admin create-token for " + account.username(),
                        AuditOutcome.ALLOWED,
                        null);
                System.out.println(issued.token());
                return 0;
            } catch (InvalidInput invalid) {
                throw failure(invalid);
            }
        }
    }
}
