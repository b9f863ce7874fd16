package org.reassure.spikes.web;

/** An analyst's acknowledgement of an alert: a note saying what is being done about the rise, as typed. */
public record AcknowledgeForm(String note) {}
