package org.reassure.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.reassure.identity.Role;
import org.reassure.identity.StaffAccount;

/** The rows of {@code staff_user} and {@code staff_user_role}: accounts as read and written, never checked here. */
@Repository
public class AccountRows {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.unit_id, un.code AS unit_code, u.enabled, u.last_sign_in_at,
                   u.organisation_code, u.work_phone, u.work_email,
                   coalesce((SELECT string_agg(role, ',') FROM staff_user_role r WHERE r.user_id = u.id), '') AS roles
            FROM staff_user u LEFT JOIN unit un ON un.id = u.unit_id
            """;

    /** What a sign-in is checked against: the account's id and its password hash. */
    public record SignInRow(long id, String passwordHash) {}

    private final JdbcClient jdbc;

    AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StaffAccount> all() {
        return jdbc.sql(SELECT + " ORDER BY u.display_name, u.username")
                .query(AccountRows::map)
                .list();
    }

    /** The account with this username, already normalised. */
    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?")
                .param(username)
                .query(AccountRows::map)
                .optional();
    }

    public Optional<StaffAccount> byId(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?")
                .param(id)
                .query(AccountRows::map)
                .optional();
    }

    public Optional<SignInRow> signIn(String username) {
        return jdbc.sql("SELECT id, password_hash FROM staff_user WHERE username = ?")
                .param(username)
                .query((rs, row) -> new SignInRow(rs.getLong("id"), rs.getString("password_hash")))
                .optional();
    }

    public long insert(ValidAccount account, String passwordHash) {
        long id = jdbc.sql("""
                        INSERT INTO staff_user (username, display_name, password_hash, unit_id, organisation_code, work_phone,
                                                work_email)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        account.username(),
                        account.displayName(),
                        passwordHash,
                        account.unitId(),
                        account.organisationCode(),
                        account.workPhone(),
                        account.workEmail())
                .query(Long.class)
                .single();
        writeRoles(id, account.roles());
        return id;
    }

    /** Changes the name, roles, unit or organisation, work phone and work e-mail; the username stays. */
    public void update(long id, ValidAccount account) {
        jdbc.sql("""
                        UPDATE staff_user SET display_name = ?, unit_id = ?, organisation_code = ?, work_phone = ?, work_email = ?
                        WHERE id = ?""")
                .params(
                        account.displayName(),
                        account.unitId(),
                        account.organisationCode(),
                        account.workPhone(),
                        account.workEmail(),
                        id)
                .update();
        jdbc.sql("DELETE FROM staff_user_role WHERE user_id = ?").param(id).update();
        writeRoles(id, account.roles());
    }

    public void setOrganisation(long id, String organisationCode) {
        jdbc.sql("UPDATE staff_user SET organisation_code = ?, unit_id = NULL WHERE id = ?")
                .params(organisationCode, id)
                .update();
    }

    public void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    private void writeRoles(long userId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)")
                    .params(userId, role.name())
                    .update();
        }
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
                .filter(code -> !code.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        long unitId = rs.getLong("unit_id");
        Long unit = rs.wasNull() ? null : unitId;
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new StaffAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                roles,
                unit,
                rs.getString("unit_code"),
                rs.getBoolean("enabled"),
                lastSignIn == null ? null : lastSignIn.toInstant(),
                rs.getString("organisation_code"),
                rs.getString("work_phone"),
                rs.getString("work_email"));
    }
}
