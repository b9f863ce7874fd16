/**
 * Platform: what every module stands on — the database (embedded PostgreSQL when none is configured),
 * the GOV.UK page frame, security headers, error pages, the command line and the demo data loader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.reassure.platform;
