package org.reassure.notifications;

import org.reassure.platform.Labelled;

/**
 * Where a notification stands. QUEUED waits for its time (the next safe window) or its next attempt; SENDING has been
 * handed to a node that is calling Notify; SENT was accepted by Notify; then Notify's delivery receipts move it to
 * DELIVERED or to one of Notify's failures. REJECTED: Notify refused it (a 4xx answer: an invalid phone number, an
 * address it cannot use, a bad template) and it will not be tried again. FAILED: Notify could not be reached after
 * every retry. NOT_SENT_NO_KEY: the service has no Notify key, so it was recorded and never sent. WITHHELD: it was
 * not sent, for the {@link WithheldReason} given. Labels: {@code notificationStatus.*}.
 */
public enum NotificationStatus implements Labelled {
    QUEUED("blue"),
    SENDING("light-blue"),
    SENT("turquoise"),
    DELIVERED("green"),
    PERMANENT_FAILURE("red"),
    TEMPORARY_FAILURE("orange"),
    TECHNICAL_FAILURE("orange"),
    REJECTED("red"),
    FAILED("red"),
    NOT_SENT_NO_KEY("grey"),
    WITHHELD("grey");

    private final String colour;

    NotificationStatus(String colour) {
        this.colour = colour;
    }

    @Override
    public String tagColour() {
        return colour;
    }

    /** Whether nothing more will happen to it on its own: delivered, failed for good, or never to be sent. */
    public boolean isFinal() {
        return this == DELIVERED
                || this == PERMANENT_FAILURE
                || this == REJECTED
                || this == FAILED
                || this == NOT_SENT_NO_KEY
                || this == WITHHELD;
    }

    /** Whether it failed in a way an officer must act on (check the details, choose another way to tell them). */
    public boolean needsAttention() {
        return this == PERMANENT_FAILURE || this == REJECTED || this == FAILED || this == TECHNICAL_FAILURE;
    }

    /** Notify's status names on delivery receipts ({@code permanent-failure}) as ours; null for one we do not know. */
    public static NotificationStatus fromNotify(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "created", "sending", "pending", "pending-virus-check" -> SENT;
            case "delivered", "received" -> DELIVERED;
            case "permanent-failure", "validation-failed", "virus-scan-failed", "cancelled" -> PERMANENT_FAILURE;
            case "temporary-failure" -> TEMPORARY_FAILURE;
            case "technical-failure" -> TECHNICAL_FAILURE;
            default -> null;
        };
    }
}
