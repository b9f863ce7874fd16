/**
 * Referrals: the directory of support organisations (public at {@code /support}, with a way to contact
 * one directly without reporting to the police), the victim's consent to share named data items, referrals
 * with their lifecycle and the organisation's own response clock, the partner portal that shows an
 * organisation only the consented items, and disclosure logging. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.reassure.referrals;
