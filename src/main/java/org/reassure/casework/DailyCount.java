package org.reassure.casework;

import java.time.LocalDate;

/**
 * How many hate crimes of one strand a unit received on one day (UK date): an aggregate with nothing
 * personal in it, for statistics and spike alerts.
 */
public record DailyCount(LocalDate day, long unitId, String strand, int cases) {}
