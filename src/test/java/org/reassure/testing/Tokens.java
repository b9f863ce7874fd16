package org.reassure.testing;

import org.reassure.identity.ApiTokens;
import org.reassure.identity.StaffAccounts;

/** A personal API token for a demo account, issued the way the account page issues one. */
public final class Tokens {

    private Tokens() {}

    public static String of(ApiTokens tokens, StaffAccounts accounts, String username) {
        return tokens.issue(accounts.findByUsername(username).orElseThrow().id(), "test")
                .token();
    }
}
