package org.reassure.notifications.internal.send;

import java.util.List;
import java.util.Locale;

import org.reassure.notifications.NotificationChannel;
import org.reassure.platform.Message;

/**
 * Notify's refusals and failed deliveries in plain words for the officer: what went wrong and what to fix. Notify's
 * own message is read only to tell which case it is; it is neither stored nor shown, as it is in Notify's words.
 */
final class NotifyRefusals {

    private NotifyRefusals() {}

    /** Why Notify refused to send it (a 4xx answer), from its error messages. */
    static Message reason(int status, List<String> notifyMessages, String setting) {
        String all = String.join(" ", notifyMessages).toLowerCase(Locale.ROOT);
        if (status == 403 || all.contains("invalid token") || all.contains("api key not found")) {
            return Message.of("notifications.problem.keyRefused");
        }
        if (all.contains("trial mode") || all.contains("team-only") || all.contains("team api key")) {
            return Message.of("notifications.problem.trialMode");
        }
        if (all.contains("template not found") || all.contains("template_id")) {
            return Message.of("notifications.problem.templateNotFound", setting);
        }
        if (all.contains("missing personalisation")) {
            return Message.of("notifications.problem.templateFields", setting);
        }
        if (all.contains("phone_number") || all.contains("phone number")) {
            return Message.of("notifications.problem.phoneInvalid");
        }
        if (all.contains("email_address") || all.contains("email address")) {
            return Message.of("notifications.problem.emailInvalid");
        }
        if (all.contains("postcode") || all.contains("address")) {
            return Message.of("notifications.problem.addressInvalid");
        }
        return Message.of("notifications.problem.refused", String.valueOf(status));
    }

    /** Why a notification Notify accepted was not delivered, from the status of its receipt. */
    static Message undelivered(String notifyStatus, NotificationChannel channel) {
        boolean technical = "technical-failure".equals(notifyStatus);
        if (technical) {
            return Message.of("notifications.problem.technicalFailure");
        }
        return switch (channel) {
            case EMAIL -> Message.of("notifications.problem.emailUndelivered");
            case SMS -> Message.of("notifications.problem.phoneUndelivered");
            case LETTER -> Message.of("notifications.problem.letterUndelivered");
        };
    }

    /** Kept in {@code status_reason}: the key and its arguments, separated by {@code |}. */
    static String store(Message reason) {
        StringBuilder text = new StringBuilder(reason.key());
        reason.args().forEach(arg -> text.append('|').append(arg));
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
