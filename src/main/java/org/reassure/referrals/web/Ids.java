package org.reassure.referrals.web;

import java.util.UUID;

import org.reassure.platform.NotFound;

/** A referral's id from an address: anything that is not one is a referral not found. */
final class Ids {

    private Ids() {}

    static UUID referral(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("referrals.referral.notFound");
        }
    }
}
