package org.reassure.testing;

import org.reassure.identity.StaffAccounts;
import org.reassure.identity.StaffPrincipal;

/** The signed-in person, for tests that call a use case directly. */
public final class Principals {

    private Principals() {}

    public static StaffPrincipal of(StaffAccounts accounts, String username) {
        return accounts.principalOf(username);
    }
}
