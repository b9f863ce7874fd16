package org.reassure.reporting;

import java.time.Duration;
import java.time.Instant;

/**
 * Someone is trying wrong tracking codes for a report: {@code failures} wrong codes within {@code window}, counted
 * once a window when they reach the alert threshold. The right code still opens the report; the guessers' addresses
 * are slowed and refused. Case work shows it on the case so that the officers can tell the reporter.
 */
public record TrackingCodesGuessed(String reference, int failures, Duration window, Instant at) {}
