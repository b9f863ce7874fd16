package org.reassure.reporting.web;

/**
 * A message to the officers, as the form on a report's page sends it; the rules (1 to 2,000 characters) are the
 * message thread's, the same for the API.
 */
record MessageForm(String message) {}
