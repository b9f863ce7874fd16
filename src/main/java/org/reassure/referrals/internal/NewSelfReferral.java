package org.reassure.referrals.internal;

/** What someone typed on an organisation's contact form in the public directory. */
public record NewSelfReferral(
        String name, String contactBy, String phone, String email, String message, boolean consent) {}
