/**
 * Spike alerts: each day's count of hate crime per strand and area against its expected level (with its
 * weekly and seasonal pattern), and one alert per significant rise, with the evidence, for analysts and
 * the area's neighbourhood teams. Works on aggregates only, read through case work's public API. Its root holds
 * its only API: the event {@link org.reassure.spikes.SpikeAlertRaised}.
 */
@ApplicationModule(
        displayName = "Spike alerts",
        allowedDependencies = {"platform", "identity", "audit", "casework"})
package org.reassure.spikes;

import org.springframework.modulith.ApplicationModule;
