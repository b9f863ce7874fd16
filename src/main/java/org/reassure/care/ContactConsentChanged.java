package org.reassure.care;

import java.time.Instant;

/**
 * The victim withdrew their agreement to be contacted ({@code consent} false), or gave it again (true), as recorded
 * by staff on the case. Published in the transaction of the change; notifications stop at once when it is withdrawn.
 */
public record ContactConsentChanged(String caseReference, boolean consent, String recordedBy, Instant at) {}
