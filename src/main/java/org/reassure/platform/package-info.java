/**
 * Platform: what every module stands on — the database (embedded PostgreSQL when none is configured), the GOV.UK
 * page frame, security headers, error pages, the command line and the demo data loader. Its root is what modules use:
 * messages for people ({@code Message}, {@code InvalidInput} and the other refusals, {@code FormErrors},
 * {@code Problems}), dates ({@code Formats}), settings, and the contracts of commands and demo data. It depends on no
 * module. It owns the Spring tables ({@code event_publication}, {@code spring_session*}) and {@code scheduled_tasks}.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package org.reassure.platform;

import org.springframework.modulith.ApplicationModule;
