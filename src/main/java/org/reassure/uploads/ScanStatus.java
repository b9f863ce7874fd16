package org.reassure.uploads;

import org.reassure.platform.Labelled;

/** What the malware scanner said about a stored file; each has its label, {@code scanStatus.<STATUS>}. */
public enum ScanStatus implements Labelled {
    /** ClamAV scanned it and found nothing. */
    CLEAN,
    /** No scanner is configured for this service, so the file was stored as it was checked and stripped. */
    NOT_SCANNED,
    /** The scanner could not be reached: the file is held, not shown to anyone, until it is scanned. */
    QUARANTINED,
    /** A later scan found malware: the content was removed and only the record of the file remains. */
    INFECTED;

    /** Scanned files plain green, unscanned grey, held yellow, infected red. */
    @Override
    public String tagColour() {
        return switch (this) {
            case CLEAN -> "green";
            case NOT_SCANNED -> "grey";
            case QUARANTINED -> "yellow";
            case INFECTED -> "red";
        };
    }

    /** Whether people may open the file. */
    public boolean openable() {
        return this == CLEAN || this == NOT_SCANNED;
    }
}
