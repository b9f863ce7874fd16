package org.reassure.notifications;

import org.reassure.platform.Labelled;

/**
 * Who a notification is for. The victim (or the person who reported for themselves) and a reporter who reported for
 * someone else are reached on the details and channels they gave; an officer by their work e-mail address; a support
 * organisation by its directory e-mail address. Labels: {@code recipientKind.*}.
 */
public enum RecipientKind implements Labelled {
    VICTIM,
    REPORTER,
    OFFICER,
    ORGANISATION
}
