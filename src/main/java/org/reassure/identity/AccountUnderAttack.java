package org.reassure.identity;

import java.time.Instant;

/**
 * Someone keeps trying wrong passwords for this account: published at most once a day per account, when the failures
 * counted for its username pass {@code reassure.sign-in.attack-alert-after}, so that the holder is told by e-mail. It
 * carries what the message needs and nothing about who is trying (no address, no other username).
 *
 * @param accountId   the account
 * @param username    its username
 * @param displayName the holder's name
 * @param workEmail   where to tell them, or null when the account has none
 * @param failures    wrong attempts counted for the username since {@code since}
 * @param since       the first of those attempts
 * @param at          when the threshold was passed
 */
public record AccountUnderAttack(
        long accountId,
        String username,
        String displayName,
        String workEmail,
        int failures,
        Instant since,
        Instant at) {}
