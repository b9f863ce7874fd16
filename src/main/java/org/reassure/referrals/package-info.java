/**
 * Referrals: the directory of support organisations (public at {@code /support}, with a way to contact one directly
 * without reporting to the police), the victim's consent to share named data items, referrals with their lifecycle
 * and the organisation's own response clock, the partner portal that shows an organisation only the consented items,
 * and disclosure logging. Its API: {@code ReferralStatus} and the events it publishes ({@code ReferralEvents}),
 * which notifications turn into e-mails to organisations and officers.
 * Pages are in {@code web}, the rest in {@code internal}, the demo data in {@code demo}.
 */
@ApplicationModule(
        displayName = "Referrals",
        allowedDependencies = {"platform", "identity", "audit", "casework", "care", "reporting"})
package org.reassure.referrals;

import org.springframework.modulith.ApplicationModule;
