package org.reassure.identity.cli;

import org.reassure.platform.CommandFailure;
import org.reassure.platform.InvalidInput;

/** Bad input to the identity commands, each field named as the option the administrator typed. */
final class Failures {

    private Failures() {}

    static CommandFailure of(InvalidInput invalid) {
        return CommandFailure.of(invalid, Failures::option);
    }

    private static String option(String field) {
        return switch (field) {
            case "displayName" -> "name";
            case "workPhone" -> "phone";
            case "workEmail" -> "email";
            case "password" -> "password (standard input)";
            default -> field;
        };
    }
}
