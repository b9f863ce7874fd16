/**
 * Case work: the hate crime case from report to closure — its status, unit and officer, the strands
 * perceived, the reporter's own words, and an append-only history of every change. Staff see the cases
 * of their own unit and the units below it; restricted cases need a reason for looking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work")
package org.reassure.casework;
