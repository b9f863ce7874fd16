package org.reassure.notifications;

import org.reassure.platform.Labelled;

/** How a notification travels: the three kinds of GOV.UK Notify template. Labels: {@code notificationChannel.*}. */
public enum NotificationChannel implements Labelled {
    EMAIL,
    SMS,
    LETTER
}
