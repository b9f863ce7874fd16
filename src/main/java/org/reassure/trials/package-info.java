/**
 * Randomised trials of victim-care interventions: an analyst's pre-registered plan, concealed allocation
 * of eligible cases in permuted blocks within strata, and the intention-to-treat analysis of time to victim
 * withdrawal with statistics that equal R's survival package.
 *
 * <p>No other module uses its Java, so its root holds no types. Case work's case page includes the fragment
 * {@code trials/case-section}, which shows a case's arm through the bean {@code trialsView}. Recorded cases reach it
 * through case work's events; it asks victim care to make or withhold the secondary reassurance contact. Pages and the
 * API live in {@code web}, the trials, enrolments, results, statistics and the {@code trial analyse} command in
 * {@code internal}, the demo trial in {@code demo}.
 */
@ApplicationModule(
        displayName = "Trials",
        allowedDependencies = {"platform", "identity", "audit", "casework", "care", "reporting"})
package org.reassure.trials;

import org.springframework.modulith.ApplicationModule;
