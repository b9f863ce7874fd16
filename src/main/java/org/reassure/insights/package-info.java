/**
 * Insights: live statistics for analysts and supervisors, the Home Office annual hate crime return (CSV and
 * OpenDocument), the NIBRS and OSCE/ODIHR mapping, open data with disclosure control and its public page, and
 * the data-quality audit with dip checks. Reads a read model of its own (materialised views rebuilt by a
 * recurring db-scheduler task); never changes case data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.reassure.insights;
