/**
 * Reporting: how the public, and partners on their behalf, report hate crime without an account — the
 * online journey, the public API and "track my report" — and the routing of each report to the unit
 * covering where it happened. A report becomes a case through the {@link org.reassure.reporting.ReportSubmitted} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.reassure.reporting;
