/**
 * Synthetic data: a generator of realistic hate crime cases calibrated to the published national figures
 * (strand mix, religion sub-categories, two-strand cases, offence mix, channels, outcomes with about a third
 * withdrawn, time to outcome), with seasonal and weekly patterns, rises after dated events, repeat victims,
 * victim care as the clocks would have run, and a known effect of secondary reassurance contacts for trials
 * to recover. Run as {@code generate} on the command line and, with a small fixed data set, by the demo loader.
 *
 * <p>No other module uses it, so its root holds no types. It writes no other module's tables: it hands the rows it
 * generates to case work's {@link org.reassure.casework.CaseImport} and victim care's
 * {@link org.reassure.care.CareImport}, which load them with PostgreSQL's COPY for speed (a million cases in
 * minutes); it reads units, staff, rule sets and bank holidays through identity's and care's APIs, and offences,
 * outcomes and postcode districts through the views {@code casework_offence_v}, {@code casework_outcome_type_v} and
 * {@code reporting_postcode_district_v}. Its own tables mark every case it wrote ({@code synthetic_case}, and
 * references starting SY). The generator and the command live in {@code internal}, the demo history in {@code demo}.
 */
@ApplicationModule(
        displayName = "Synthetic data",
        allowedDependencies = {"platform", "identity", "audit", "casework", "care"})
package org.reassure.synthetic;

import org.springframework.modulith.ApplicationModule;
