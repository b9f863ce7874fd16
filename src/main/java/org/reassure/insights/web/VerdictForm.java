package org.reassure.insights.web;

/** A checker's verdict on one case of a dip check, as typed. */
public record VerdictForm(String reference, String verdict, String note) {}
