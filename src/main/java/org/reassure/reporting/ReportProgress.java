package org.reassure.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reporter may know about the case their report became. Case work implements it, so that
 * reporting never reads case work's tables and the two modules do not depend on each other in a circle.
 */
public interface ReportProgress {

    /** The progress of the case with this reference, or empty while the case is not yet created. */
    Optional<Progress> of(String reference);

    /** @param status a case status code, like {@code REPORTED}; officer may be null until one is allocated */
    record Progress(String status, Officer officer, List<Update> updates) {}

    record Officer(String name, String phone) {}

    /** A change the reporter is told about: the status the case moved to, and when. */
    record Update(Instant at, String status) {}
}
