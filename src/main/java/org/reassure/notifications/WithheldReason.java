package org.reassure.notifications;

import org.reassure.platform.Labelled;

/** Why a notification was not sent. Labels: {@code withheldReason.*}, said to staff plainly. */
public enum WithheldReason implements Labelled {
    /** The report was anonymous: there is nobody to write to, and nothing may be sent that could identify them. */
    ANONYMOUS,
    /** The person did not agree to be contacted. */
    NO_CONSENT,
    /** The person withdrew their agreement to be contacted after it was queued. */
    CONSENT_WITHDRAWN,
    /** None of the ways the person allowed can carry it with the details we have (for example texts, no phone). */
    NO_ALLOWED_CHANNEL,
    /** A letter was the only allowed way, and no postal address is on the case. */
    NO_ADDRESS,
    /** The officer or organisation has no e-mail address on record. */
    NO_EMAIL
}
