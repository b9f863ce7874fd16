package org.reassure.trials.internal;

import java.time.Instant;
import java.util.List;

import org.reassure.platform.Message;

/** A change to a locked plan (or the stop of enrolment), as shown with the trial and its results: what, a line each. */
public record PlanChange(Instant at, String by, List<Message> what, String reason) {}
