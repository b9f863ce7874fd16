package org.reassure.care.web;

/** The support officer a supervisor chose for a case, by username. */
record SupportOfficerForm(String supportOfficer) implements PostedForm {}
