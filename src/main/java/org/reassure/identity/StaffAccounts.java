package org.reassure.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.platform.FormErrors;
import org.reassure.platform.NotFound;
import org.reassure.platform.ReassureProperties;

/** Staff and partner accounts: creation, roles and unit, passwords, lock-out and switching off. */
@Service
public class StaffAccounts {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    private final JdbcClient jdbc;
    private final Units units;
    private final PasswordEncoder passwords;
    private final ReassureProperties properties;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<SupportOrganisationCodes> organisations;

    StaffAccounts(
            JdbcClient jdbc,
            Units units,
            PasswordEncoder passwords,
            ReassureProperties properties,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<SupportOrganisationCodes> organisations) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.units = units;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.unit_id, un.code AS unit_code, u.enabled, u.locked_until,
                   u.failed_sign_ins, u.last_sign_in_at, u.organisation_code, u.work_phone,
                   coalesce((SELECT string_agg(role, ',') FROM staff_user_role r WHERE r.user_id = u.id), '') AS roles
            FROM staff_user u LEFT JOIN unit un ON un.id = u.unit_id
            """;

    public List<StaffAccount> all() {
        return jdbc.sql(SELECT + " ORDER BY u.display_name, u.username")
                .query(StaffAccounts::map)
                .list();
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?")
                .param(normalise(username))
                .query(StaffAccounts::map)
                .optional();
    }

    public StaffAccount get(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?")
                .param(id)
                .query(StaffAccounts::map)
                .optional()
                .orElseThrow(() -> new NotFound("There is no such account."));
    }

    /** Creates an account without a work phone number. */
    @Transactional
    public StaffAccount create(
            String username, String displayName, Collection<Role> roles, String unitCode, String password) {
        return create(username, displayName, roles, unitCode, null, password, null);
    }

    /** Creates an account in a unit or, for a support organisation's user, in an organisation; no work phone. */
    @Transactional
    public StaffAccount create(
            String username,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String password) {
        return create(username, displayName, roles, unitCode, organisationCode, password, null);
    }

    /**
     * Creates an account in a unit or, for a support organisation's user, in an organisation of the directory;
     * every problem with the input is reported at once, field by field. The work phone is the direct number a
     * victim is given once this person is their named officer (optional).
     */
    @Transactional
    public StaffAccount create(
            String username,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String password,
            String workPhone) {
        FormErrors errors = new FormErrors();
        String cleanUsername = normalise(username);
        if (cleanUsername.isEmpty()) {
            errors.add("username", "Enter a username, like jdoe");
        } else if (!cleanUsername.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            errors.add(
                    "username",
                    "The username must be 2 to 60 lower-case letters, numbers, dots, hyphens or underscores");
        } else if (findByUsername(cleanUsername).isPresent()) {
            errors.add("username", "There is already an account with the username " + cleanUsername);
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.add("displayName", "Enter the person's full name");
        } else if (name.length() > 200) {
            errors.add("displayName", "The name must be 200 characters or fewer");
        }
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "Select at least one role");
        }
        String organisation = checkOrganisation(organisationCode, unitCode, roles, errors);
        Unit unit = organisation == null ? checkUnit(unitCode, roles, errors) : null;
        checkPassword(password, cleanUsername, errors);
        String phone = checkWorkPhone(workPhone, errors);
        errors.throwIfAny();
        long id = jdbc.sql(
                        "INSERT INTO staff_user (username, display_name, password_hash, unit_id, organisation_code, work_phone)"
                                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        cleanUsername,
                        name,
                        passwords.encode(password),
                        unit == null ? null : unit.id(),
                        organisation,
                        phone)
                .query(Long.class)
                .single();
        writeRoles(id, roles);
        return get(id);
    }

    /** Changes the name, roles and unit of an account (keeping its organisation and work phone). */
    @Transactional
    public StaffAccount update(long id, String displayName, Collection<Role> roles, String unitCode) {
        StaffAccount account = get(id);
        return update(id, displayName, roles, unitCode, account.organisationCode(), account.workPhone());
    }

    /** Changes the name, roles, and unit or (for a support organisation's user) organisation, keeping the work phone. */
    @Transactional
    public StaffAccount update(
            long id, String displayName, Collection<Role> roles, String unitCode, String organisationCode) {
        return update(id, displayName, roles, unitCode, organisationCode, get(id).workPhone());
    }

    /** Changes the name, roles, unit or organisation, and work phone (empty for none) of an account. */
    @Transactional
    public StaffAccount update(
            long id,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String workPhone) {
        get(id);
        FormErrors errors = new FormErrors();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.add("displayName", "Enter the person's full name");
        } else if (name.length() > 200) {
            errors.add("displayName", "The name must be 200 characters or fewer");
        }
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "Select at least one role");
        }
        String organisation = checkOrganisation(organisationCode, unitCode, roles, errors);
        Unit unit = organisation == null ? checkUnit(unitCode, roles, errors) : null;
        String phone = checkWorkPhone(workPhone, errors);
        errors.throwIfAny();
        jdbc.sql(
                        "UPDATE staff_user SET display_name = ?, unit_id = ?, organisation_code = ?, work_phone = ? WHERE id = ?")
                .params(name, unit == null ? null : unit.id(), organisation, phone, id)
                .update();
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = ?").param(id).update();
        writeRoles(id, roles);
        return get(id);
    }

    /** Puts a support organisation's user in their organisation (an administrator's correction, or demo data). */
    @Transactional
    public StaffAccount setOrganisation(long id, String organisationCode) {
        StaffAccount account = get(id);
        FormErrors errors = new FormErrors();
        String organisation = checkOrganisation(organisationCode, null, account.roles(), errors);
        errors.throwIfAny();
        jdbc.sql("UPDATE staff_user SET organisation_code = ?, unit_id = NULL WHERE id = ?")
                .params(organisation, id)
                .update();
        return get(id);
    }

    @Transactional
    public void setPassword(long id, String password) {
        StaffAccount account = get(id);
        FormErrors errors = new FormErrors();
        checkPassword(password, account.username(), errors);
        errors.throwIfAny();
        jdbc.sql("UPDATE staff_user SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .params(passwords.encode(password), id)
                .update();
    }

    @Transactional
    public void unlock(long id) {
        get(id);
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        get(id);
        jdbc.sql("UPDATE staff_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    /**
     * Counts a wrong password; at the limit the account is locked for the configured time.
     *
     * @return true when this failure locked the account
     */
    @Transactional
    public boolean recordFailedSignIn(String username) {
        Instant lockUntil = clock.instant().plus(properties.lockDuration());
        return jdbc.sql("""
                UPDATE staff_user
                SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 ELSE failed_sign_ins + 1 END,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END
                WHERE username = ?
                RETURNING locked_until IS NOT NULL AND locked_until > now()""")
                .params(
                        properties.maxFailedSignIns(),
                        properties.maxFailedSignIns(),
                        Timestamp.from(lockUntil),
                        normalise(username))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional
    public void recordSuccessfulSignIn(long id) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** The person as Spring Security needs them for a sign-in, with their password hash. */
    Optional<StaffPrincipal> principalWithPassword(String username) {
        return jdbc.sql("SELECT password_hash FROM staff_user WHERE username = ?")
                .param(normalise(username))
                .query(String.class)
                .optional()
                .flatMap(hash -> findByUsername(username).map(account -> principalOf(account, hash)));
    }

    /** The person as other modules act for them (commands, jobs), without a password. */
    public StaffPrincipal principalOf(String username) {
        StaffAccount account =
                findByUsername(username).orElseThrow(() -> new NotFound("There is no account " + normalise(username)));
        return principalOf(account, null);
    }

    Optional<StaffPrincipal> principal(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?")
                .param(id)
                .query(StaffAccounts::map)
                .optional()
                .map(account -> principalOf(account, null));
    }

    private StaffPrincipal principalOf(StaffAccount account, String hash) {
        return new StaffPrincipal(
                account.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.unitId(),
                account.enabled(),
                account.lockedAt(clock.instant()),
                hash,
                account.organisationCode());
    }

    private Unit checkUnit(String unitCode, Collection<Role> roles, FormErrors errors) {
        boolean partner = roles != null && roles.contains(Role.SUPPORT_ORGANISATION);
        if (unitCode == null || unitCode.isBlank()) {
            if (!partner) {
                errors.add("unit", "Select the unit the person works in");
            }
            return null;
        }
        Optional<Unit> unit = units.findByCode(unitCode);
        if (unit.isEmpty()) {
            errors.add(
                    "unit", "There is no unit with the code " + unitCode.trim().toUpperCase());
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
        String code = organisationCode.trim().toUpperCase();
        if (roles == null || !roles.contains(Role.SUPPORT_ORGANISATION)) {
            errors.add(
                    "organisation",
                    "Only a support organisation's user belongs to an organisation: give a unit instead");
        } else if (unitCode != null && !unitCode.isBlank()) {
            errors.add("organisation", "Give a unit or an organisation, not both");
        } else if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
            errors.add(
                    "organisation",
                    "An organisation code is 1 to 20 capital letters, numbers, hyphens or underscores, like VSUK");
        } else {
            SupportOrganisationCodes directory = organisations.getIfAvailable();
            if (directory != null && !directory.exists(code)) {
                errors.add("organisation", "There is no support organisation with the code " + code);
            }
        }
        return code;
    }

    /** A UK or international number as people write it (spaces kept for reading it out); null when none is given. */
    static String checkWorkPhone(String workPhone, FormErrors errors) {
        String phone = workPhone == null ? "" : workPhone.strip().replaceAll("\\s+", " ");
        if (phone.isEmpty()) {
            return null;
        }
        String digits = phone.replaceAll("[\\s()-]", "");
        if (!digits.matches("\\+?[0-9]{10,15}") || phone.length() > 30) {
            errors.add("workPhone", "Enter the work phone number like 020 7946 0123, or leave it empty");
            return null;
        }
        return phone;
    }

    private static void checkPassword(String password, String username, FormErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "Enter a password");
        } else if (password.length() < MIN_PASSWORD) {
            errors.add(
                    "password",
                    "The password must be at least " + MIN_PASSWORD + " characters. Three random words work well");
        } else if (password.length() > MAX_PASSWORD) {
            errors.add("password", "The password must be " + MAX_PASSWORD + " characters or fewer");
        } else if (password.equalsIgnoreCase(username)) {
            errors.add("password", "The password must not be the same as the username");
        }
    }

    private void writeRoles(long userId, Collection<Role> roles) {
        for (Role role : EnumSet.copyOf(roles)) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)")
                    .params(userId, role.name())
                    .update();
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
                .filter(code -> !code.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        long unitId = rs.getLong("unit_id");
        Long unit = rs.wasNull() ? null : unitId;
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new StaffAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                roles,
                unit,
                rs.getString("unit_code"),
                rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(),
                rs.getInt("failed_sign_ins"),
                lastSignIn == null ? null : lastSignIn.toInstant(),
                rs.getString("organisation_code"),
                rs.getString("work_phone"));
    }
}
