package org.reassure.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.reassure.identity.internal.AccountRows;
import org.reassure.identity.internal.AccountValidator;
import org.reassure.identity.internal.StaffSessions;
import org.reassure.identity.internal.ValidAccount;
import org.reassure.platform.NotFound;

/**
 * Staff and partner accounts: creation, roles and unit, passwords, switching off and ending sessions, and the person as other
 * modules act for them. Every change is checked first ({@code AccountValidator}): bad input is refused field by field.
 */
@Service
public class StaffAccounts {

    private final AccountRows rows;
    private final AccountValidator validator;
    private final PasswordEncoder passwords;
    private final StaffSessions sessions;

    StaffAccounts(AccountRows rows, AccountValidator validator, PasswordEncoder passwords, StaffSessions sessions) {
        this.rows = rows;
        this.validator = validator;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    public List<StaffAccount> all() {
        return rows.all();
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return rows.byUsername(AccountValidator.normalise(username));
    }

    public StaffAccount get(long id) {
        return rows.byId(id).orElseThrow(() -> new NotFound("identity.account.notFound"));
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
        return create(username, displayName, roles, unitCode, organisationCode, password, workPhone, null);
    }

    /** The same, with the work e-mail address where Reassure writes to this person (optional). */
    @Transactional
    public StaffAccount create(
            String username,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String password,
            String workPhone,
            String workEmail) {
        ValidAccount account = validator.newAccount(
                username, displayName, roles, unitCode, organisationCode, password, workPhone, workEmail);
        return get(rows.insert(account, passwords.encode(password)));
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

    /** Changes the name, roles, unit or organisation, and work phone (empty for none) of an account, keeping its e-mail. */
    @Transactional
    public StaffAccount update(
            long id,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String workPhone) {
        return update(id, displayName, roles, unitCode, organisationCode, workPhone, get(id).workEmail());
    }

    /** Changes the name, roles, unit or organisation, work phone and work e-mail (each empty for none) of an account. */
    @Transactional
    public StaffAccount update(
            long id,
            String displayName,
            Collection<Role> roles,
            String unitCode,
            String organisationCode,
            String workPhone,
            String workEmail) {
        StaffAccount account = get(id);
        rows.update(
                id,
                validator.changedAccount(
                        account, displayName, roles, unitCode, organisationCode, workPhone, workEmail));
        return get(id);
    }

    /** Puts a support organisation's user in their organisation (an administrator's correction, or demo data). */
    @Transactional
    public StaffAccount setOrganisation(long id, String organisationCode) {
        rows.setOrganisation(id, validator.organisationFor(get(id), organisationCode));
        return get(id);
    }

    /** Sets a new password. */
    @Transactional
    public void setPassword(long id, String password) {
        validator.password(password, get(id).username());
        rows.setPasswordHash(id, passwords.encode(password));
    }

    /** Switches an account on or off; switching it off also ends every session the person has. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = get(id);
        rows.setEnabled(id, enabled);
        if (!enabled) {
            sessions.endAll(account.username());
        }
    }

    /** Ends every session the person has (they must sign in again); returns how many there were. */
    public int endSessions(long id) {
        return sessions.endAll(get(id).username());
    }

    /** The person as other modules act for them (commands, jobs), without a password. */
    public StaffPrincipal principalOf(String username) {
        StaffAccount account = findByUsername(username)
                .orElseThrow(
                        () -> new NotFound("identity.account.notFoundNamed", AccountValidator.normalise(username)));
        return principalOf(account);
    }

    /** The person with this account id, as a request made with their API token or password acts for them. */
    public Optional<StaffPrincipal> principal(long id) {
        return rows.byId(id).map(this::principalOf);
    }

    private StaffPrincipal principalOf(StaffAccount account) {
        return new StaffPrincipal(
                account.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.unitId(),
                account.enabled(),
                null,
                account.organisationCode());
    }
}
