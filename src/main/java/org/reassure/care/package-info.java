/**
 * Victim care: the Victims' Code promises to a hate crime victim as care tasks on durable clocks that
 * fire once on one node, the working-day calendar of England and Wales, the entitlement rules as
 * versioned data, and the log of every contact with the victim. Its API is small: the contact log
 * ({@code Contacts}, {@code Contact} and its channel, outcome and kind), secondary reassurance contacts for
 * trials ({@code ReassuranceContacts}), referrals completing their task ({@code ReferralCare}), the working-day
 * calendar and the rule sets ({@code WorkingDays}, {@code CareRules}, {@code RuleSet}, {@code Rule},
 * {@code RuleUnit}) and the bulk import ({@code CareImport}). Pages are in {@code web}, the rest in
 * {@code internal}, the demo data in {@code demo}.
 */
@ApplicationModule(
        displayName = "Victim care",
        allowedDependencies = {"platform", "identity", "audit", "casework", "reporting"})
package org.reassure.care;

import org.springframework.modulith.ApplicationModule;
