package org.reassure.notifications.internal.send;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.reassure.notifications.MessageType;
import org.reassure.notifications.NotificationChannel;

/**
 * The Notify template of each message, channel and language, from the setting
 * {@code REASSURE_NOTIFY_TEMPLATE_<MESSAGE>_<CHANNEL>_<EN|CY>}.
 */
@Component
public class NotifyTemplates {

    private final Environment environment;

    NotifyTemplates(Environment environment) {
        this.environment = environment;
    }

    /** The setting that holds a template's id: {@code REASSURE_NOTIFY_TEMPLATE_DECISION_SMS_CY}. */
    public static String setting(MessageType message, NotificationChannel channel, String language) {
        return "REASSURE_NOTIFY_TEMPLATE_" + message.templateName(channel) + "_" + language.toUpperCase(Locale.ROOT);
    }

    /** Every template setting there is, message by message. */
    public static List<String> allSettings() {
        List<String> all = new ArrayList<>();
        for (MessageType message : MessageType.values()) {
            for (NotificationChannel channel : NotificationChannel.values()) {
                if (message.channels().contains(channel)) {
                    all.add(setting(message, channel, "en"));
                    all.add(setting(message, channel, "cy"));
                }
            }
        }
        return all;
    }

    public Optional<String> id(MessageType message, NotificationChannel channel, String language) {
        String id = environment.getProperty(setting(message, channel, language));
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(id.strip());
    }

    /** The template settings that are empty. */
    public List<String> missing() {
        return allSettings().stream()
                .filter(name -> {
                    String id = environment.getProperty(name);
                    return id == null || id.isBlank();
                })
                .toList();
    }
}
