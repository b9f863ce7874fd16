/**
 * Randomised trials of victim-care interventions: an analyst's pre-registered plan, concealed allocation
 * of eligible cases in permuted blocks within strata, and the intention-to-treat analysis of time to victim
 * withdrawal with statistics that equal R's survival package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trials")
package org.reassure.trials;
