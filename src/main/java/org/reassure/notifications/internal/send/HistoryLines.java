package org.reassure.notifications.internal.send;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.reassure.casework.CaseTimeline;
import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;
import org.reassure.notifications.RecipientKind;
import org.reassure.platform.Labelled;

/**
 * The case history's lines for notifications, in English as the history is kept: "Email sent to the victim: Key
 * decision (notification 1b2c3d4e)". No address, no personalisation.
 */
@Component
class HistoryLines {

    static final String ACTOR = "GOV.UK Notify";

    enum Happened {
        SENT,
        DELIVERED,
        NOT_DELIVERED,
        REFUSED,
        NOT_REACHED
    }

    private final CaseTimeline timeline;

    HistoryLines(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    void write(
            String caseReference,
            UUID id,
            MessageType message,
            NotificationChannel channel,
            RecipientKind kind,
            Happened happened,
            Instant at) {
        if (caseReference == null) {
            return;
        }
        timeline.recordElsewhere(caseReference, at, ACTOR, line(id, message, channel, kind, happened));
    }

    static String line(
            UUID id, MessageType message, NotificationChannel channel, RecipientKind kind, Happened happened) {
        return new MessageFormat(english("notifications.history.line"), Locale.UK).format(new Object[] {
            english(channel),
            english("notifications.history." + happened.name()),
            english(kind).toLowerCase(Locale.ROOT),
            english(message),
            id.toString().substring(0, 8)
        });
    }

    private static String english(Labelled value) {
        return english(value.labelKey());
    }

    private static String english(String key) {
        return ResourceBundle.getBundle(
                        "messages/notifications",
                        Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
