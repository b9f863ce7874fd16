/**
 * Case work: the hate crime case from report to closure — its status, unit and officer, the strands
 * perceived, the reporter's own words, and an append-only history of every change. Staff see the cases
 * of their own unit and the units below it; restricted cases need a reason for looking. Its API is the
 * root: {@code Cases} and {@code CaseWork} (reading and moving cases), {@code People}, the catalogues
 * ({@code Strands}, {@code Catalogues}), {@code CaseProfiles} and {@code CaseImport} for the system's own
 * work, the events in {@code CaseEvents} and their values. Pages are in {@code web}, the rest in
 * {@code internal}, the demo data in {@code demo}.
 */
@ApplicationModule(
        displayName = "Case work",
        allowedDependencies = {"platform", "identity", "audit", "reporting", "uploads"})
package org.reassure.casework;

import org.springframework.modulith.ApplicationModule;
