package org.reassure.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;

/**
 * The account pages' form, as typed: the username (fixed once the account exists), name, role codes, unit or
 * organisation code, password (new accounts only; never shown again), work phone and work e-mail.
 */
record UserForm(
        String username,
        String displayName,
        List<String> roles,
        String unit,
        String organisation,
        String password,
        String workPhone,
        String workEmail) {

    UserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static UserForm empty() {
        return new UserForm("", "", List.of(), "", "", "", "", "");
    }

    static UserForm of(StaffAccount account) {
        return new UserForm(
                account.username(),
                account.displayName(),
                account.roles().stream().map(Role::name).toList(),
                orEmpty(account.unitCode()),
                orEmpty(account.organisationCode()),
                "",
                orEmpty(account.workPhone()),
                orEmpty(account.workEmail()));
    }

    /** What is shown again after an error: everything but the password. */
    UserForm withoutPassword() {
        return new UserForm(username, displayName, roles, unit, organisation, "", workPhone, workEmail);
    }

    /** A change keeps the account's username, whatever was posted. */
    UserForm withUsername(String name) {
        return new UserForm(name, displayName, roles, unit, organisation, "", workPhone, workEmail);
    }

    /** The roles ticked; a code that is not a role is not one. */
    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                set.add(role);
            }
        }
        return set;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
