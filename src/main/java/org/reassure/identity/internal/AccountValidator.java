package org.reassure.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;
import org.reassure.identity.SupportOrganisationCodes;
import org.reassure.identity.Unit;
import org.reassure.identity.Units;
import org.reassure.platform.FormErrors;

/**
 * Checks an account's details, field by field, and returns them cleaned: every problem at once, for the error
 * summary of the account pages or the lines of the command line. The same checks serve both.
 */
@Component
public class AccountValidator {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;

    private final AccountRows rows;
    private final Units units;
    private final ObjectProvider<SupportOrganisationCodes> organisations;

    AccountValidator(AccountRows rows, Units units, ObjectProvider<SupportOrganisationCodes> organisations) {
        this.rows = rows;
        this.units = units;
        this.organisations = organisations;
    }

    /** Usernames are compared and kept in lower case, without surrounding spaces. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** A new account: every field, and the password, which is never kept in the result. */
    public ValidAccount newAccount(
            String username,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String password,
            String workPhone,
            String workEmail) {
        FormErrors errors = new FormErrors();
        String cleanUsername = normalise(username);
        if (cleanUsername.isEmpty()) {
            errors.add("username", "identity.account.usernameMissing");
        } else if (!cleanUsername.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            errors.add("username", "identity.account.usernameFormat");
        } else if (rows.byUsername(cleanUsername).isPresent()) {
            errors.add("username", "identity.account.usernameTaken", cleanUsername);
        }
        ValidAccount details =
                details(cleanUsername, displayName, roles, unitCode, organisationCode, workPhone, workEmail, errors);
        checkPassword(password, cleanUsername, errors);
        errors.throwIfAny();
        return details;
    }

    /** New details for an existing account, whose username stays. */
    public ValidAccount changedAccount(
            StaffAccount account,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String workPhone,
            String workEmail) {
        FormErrors errors = new FormErrors();
        ValidAccount details = details(
                account.username(), displayName, roles, unitCode, organisationCode, workPhone, workEmail, errors);
        errors.throwIfAny();
        return details;
    }

    /** The organisation a support organisation's user is moved to. */
    public String organisationFor(StaffAccount account, String organisationCode) {
        FormErrors errors = new FormErrors();
        String organisation = checkOrganisation(organisationCode, null, account.roles(), errors);
        errors.throwIfAny();
        return organisation;
    }

    public void password(String password, String username) {
        FormErrors errors = new FormErrors();
        checkPassword(password, username, errors);
        errors.throwIfAny();
    }

    private ValidAccount details(
            String username,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String workPhone,
            String workEmail,
            FormErrors errors) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.add("displayName", "identity.account.nameMissing");
        } else if (name.length() > MAX_NAME) {
            errors.add("displayName", "identity.account.nameTooLong");
        }
        Set<Role> roleSet = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (roleSet.isEmpty()) {
            errors.add("roles", "identity.account.rolesMissing");
        }
        String organisation = checkOrganisation(organisationCode, unitCode, roleSet, errors);
        Unit unit = organisation == null ? checkUnit(unitCode, roleSet, errors) : null;
        String phone = checkWorkPhone(workPhone, errors);
        String email = checkWorkEmail(workEmail, errors);
        return new ValidAccount(username, name, roleSet, unit == null ? null : unit.id(), organisation, phone, email);
    }

    private Unit checkUnit(String unitCode, Set<Role> roles, FormErrors errors) {
        if (unitCode == null || unitCode.isBlank()) {
            if (!roles.contains(Role.SUPPORT_ORGANISATION)) {
                errors.add("unit", "identity.account.unitMissing");
            }
            return null;
        }
        Optional<Unit> unit = units.findByCode(unitCode);
        if (unit.isEmpty()) {
            errors.add("unit", "identity.unit.noSuchUnit", unitCode.trim().toUpperCase(Locale.ROOT));
            return null;
        }
        return unit.get();
    }

    /** The organisation's code, or null when none was given; only a support organisation's user belongs to one. */
    private String checkOrganisation(
            String organisationCode, String unitCode, Collection<Role> roles, FormErrors errors) {
        if (organisationCode == null || organisationCode.isBlank()) {
            return null;
        }
        String code = organisationCode.trim().toUpperCase(Locale.ROOT);
        if (!roles.contains(Role.SUPPORT_ORGANISATION)) {
            errors.add("organisation", "identity.account.organisationNotPartner");
        } else if (unitCode != null && !unitCode.isBlank()) {
            errors.add("organisation", "identity.account.unitAndOrganisation");
        } else if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
            errors.add("organisation", "identity.account.organisationFormat");
        } else {
            SupportOrganisationCodes directory = organisations.getIfAvailable();
            if (directory != null && !directory.exists(code)) {
                errors.add("organisation", "identity.account.noSuchOrganisation", code);
            }
        }
        return code;
    }

    /** A UK or international number as people write it (spaces kept for reading it out); null when none is given. */
    private static String checkWorkPhone(String workPhone, FormErrors errors) {
        String phone = workPhone == null ? "" : workPhone.strip().replaceAll("\\s+", " ");
        if (phone.isEmpty()) {
            return null;
        }
        String digits = phone.replaceAll("[\\s()-]", "");
        if (!digits.matches("\\+?[0-9]{10,15}") || phone.length() > 30) {
            errors.add("workPhone", "identity.account.workPhoneFormat");
            return null;
        }
        return phone;
    }

    /** An address with one @ and a dot in its domain, as the table also checks; null when none is given. */
    private static String checkWorkEmail(String workEmail, FormErrors errors) {
        String email = workEmail == null ? "" : workEmail.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("workEmail", "identity.account.workEmailFormat");
            return null;
        }
        return email;
    }

    private static void checkPassword(String password, String username, FormErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "identity.account.passwordMissing");
        } else if (password.length() < MIN_PASSWORD) {
            errors.add("password", "identity.account.passwordTooShort", MIN_PASSWORD);
        } else if (password.length() > MAX_PASSWORD) {
            errors.add("password", "identity.account.passwordTooLong", MAX_PASSWORD);
        } else if (password.equalsIgnoreCase(username)) {
            errors.add("password", "identity.account.passwordIsUsername");
        }
    }
}
