package org.reassure.casework;

import java.time.Instant;

/**
 * What another module may know of a case without the victim's account: when it was received, the unit
 * and officer handling it, and where it stands. Victim care starts its clocks from these.
 */
public record CaseFacts(String reference, Instant receivedAt, long unitId, String officerUsername, CaseStatus status) {}
