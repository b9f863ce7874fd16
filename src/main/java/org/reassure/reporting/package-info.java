/**
 * Reporting: how the public, and partners on their behalf, report hate crime without an account — the online
 * journey, kiosks, the public API and "track my report" with its secure messages and satisfaction survey — and the
 * routing of each report to the unit covering where it happened. A report becomes a case through the
 * {@link ReportSubmitted} event.
 *
 * <p>The API other modules use is this package: {@link Reports}, {@link ReportMessages}, {@link ReportEvidence},
 * {@link VictimPreferences}, {@link VictimSatisfaction} and {@link Routing}, the values and events they carry, and
 * {@link ReportProgress}, which case work implements. Its SQL API is the published views
 * {@code reporting_victim_satisfaction_v} (the survey's answers, for statistics) and {@code reporting_postcode_district_v}
 * (which unit covers each postcode district), created for reporting by migrations V2026.12.07.62 and .80. Pages and the public API are in {@code web}, everything else in
 * {@code internal}, demo data in {@code demo}.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"platform", "identity", "audit", "uploads"})
package org.reassure.reporting;

import org.springframework.modulith.ApplicationModule;
