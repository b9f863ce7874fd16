package org.reassure.spikes;

import java.time.LocalDate;

/**
 * A significant rise in hate crime of one strand in one area (a borough, or a force as a whole) was found
 * and a new alert raised: published once per spike, not again while it goes on. Aggregates only.
 */
public record SpikeAlertRaised(long alertId, String strand, String areaCode, LocalDate startedOn, LocalDate raisedOn) {}
