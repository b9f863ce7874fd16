/**
 * Synthetic data: a generator of realistic hate crime cases calibrated to the published national figures
 * (strand mix, religion sub-categories, two-strand cases, offence mix, channels, outcomes with about a third
 * withdrawn, time to outcome), with seasonal and weekly patterns, rises after dated events, repeat victims,
 * victim care as the clocks would have run, and a known effect of secondary reassurance contacts for trials
 * to recover. Run as {@code generate} on the command line and, with a small fixed data set, by the demo loader.
 * <p>
 * A documented exception to the module rules: for speed (a million cases in minutes) it writes the tables of
 * case work and victim care directly with PostgreSQL's COPY, as a migration would, rather than through their
 * services one case at a time. It writes only rows those modules could have written themselves, it marks
 * every case it writes ({@code synthetic_case}, and references starting SY), and it reads those modules'
 * settings (units, staff, rule sets, bank holidays) through their published API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data")
package org.reassure.synthetic;
