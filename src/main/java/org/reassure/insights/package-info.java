/**
 * Insights: live statistics for analysts and supervisors, the Home Office annual hate crime return (CSV and
 * OpenDocument), the NIBRS and OSCE/ODIHR mapping, open data with disclosure control and its public page, and
 * the data-quality audit with dip checks. Reads a read model of its own, rebuilt by a recurring db-scheduler task
 * from the views the other modules publish; never changes case data. Nothing depends on it: its root holds no API.
 */
@ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"platform", "identity", "audit", "casework", "reporting"})
package org.reassure.insights;

import org.springframework.modulith.ApplicationModule;
