package org.reassure.reporting.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the confirmation page shows, kept in the session only until it is shown: the tracking code is
 * then dropped, so it is shown once.
 */
record Confirmation(String reference, String trackingCode, boolean contactGiven) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Confirmation shown() {
        return new Confirmation(reference, null, contactGiven);
    }
}
