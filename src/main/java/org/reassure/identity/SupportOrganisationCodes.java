package org.reassure.identity;

/**
 * Tells identity whether a support organisation's code is in the directory. The directory belongs to the
 * referrals module, which implements this; identity depends on nothing of it. Without an implementation
 * (identity on its own) any well-formed code is taken.
 */
public interface SupportOrganisationCodes {

    boolean exists(String code);
}
