/**
 * The statistics of a two-arm trial, checked against R's survival package: risks and their comparison,
 * Kaplan-Meier curves, the log-rank test, a Cox model with Efron ties and the sample size for two proportions.
 * Pure Java over commons-math3 distributions; no Spring, no database.
 */
@org.springframework.modulith.NamedInterface("statistics")
package org.reassure.trials.statistics;
