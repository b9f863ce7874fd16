/**
 * The statistics of a two-arm trial, checked against R's survival package: risks and their comparison,
 * Kaplan-Meier curves, the log-rank test, a Cox model with Efron ties and the sample size for two proportions.
 * Pure Java over commons-math3 distributions; no Spring, no database. Inside the trials module: no other module uses it.
 */
package org.reassure.trials.internal.statistics;
