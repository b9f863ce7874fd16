/**
 * Spike alerts: each day's count of hate crime per strand and area against its expected level (with its
 * weekly and seasonal pattern), and one alert per significant rise, with the evidence, for analysts and
 * the area's neighbourhood teams. Works on aggregates only, read through case work's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spike alerts")
package org.reassure.spikes;
