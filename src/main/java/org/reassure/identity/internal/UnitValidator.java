package org.reassure.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.reassure.identity.Unit;
import org.reassure.platform.FormErrors;

/**
 * Checks a new unit, field by field, and returns it cleaned: every problem at once, for the error summary of the unit
 * page or the lines of the command line. It looks units up by code through the function it is given.
 */
public final class UnitValidator {

    private static final int MAX_NAME = 200;

    /** A new unit once checked: its code in capitals, its name, and the unit it belongs to (null for a force). */
    public record ValidUnit(String code, String name, Unit parent) {}

    private final Function<String, Optional<Unit>> byCode;

    public UnitValidator(Function<String, Optional<Unit>> byCode) {
        this.byCode = byCode;
    }

    public static String normaliseCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    public ValidUnit validate(String code, String name, String parentCode) {
        FormErrors errors = new FormErrors();
        String cleanCode = normaliseCode(code);
        String cleanName = name == null ? "" : name.strip();
        if (cleanCode.isEmpty()) {
            errors.add("code", "identity.unit.codeMissing");
        } else if (!cleanCode.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
            errors.add("code", "identity.unit.codeFormat");
        } else if (byCode.apply(cleanCode).isPresent()) {
            errors.add("code", "identity.unit.codeTaken", cleanCode);
        }
        if (cleanName.isEmpty()) {
            errors.add("name", "identity.unit.nameMissing");
        } else if (cleanName.length() > MAX_NAME) {
            errors.add("name", "identity.unit.nameTooLong");
        }
        Unit parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = byCode.apply(parentCode).orElse(null);
            if (parent == null) {
                errors.add("parent", "identity.unit.noSuchUnit", normaliseCode(parentCode));
            }
        }
        errors.throwIfAny();
        return new ValidUnit(cleanCode, cleanName, parent);
    }
}
