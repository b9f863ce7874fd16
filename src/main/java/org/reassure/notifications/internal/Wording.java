package org.reassure.notifications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.reassure.casework.DecisionType;
import org.reassure.platform.Formats;

/**
 * The words and dates put into a message, in the recipient's language ({@code en} or {@code cy}), from the message
 * bundles: never the account of what happened, never a description of anyone.
 */
@Component
class Wording {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    static Locale locale(String language) {
        return "cy".equals(language) ? WELSH : Locale.UK;
    }

    String text(String language, String key, Object... args) {
        return messages.getMessage(key, args, locale(language));
    }

    /** "9 December 2026", or "9 Rhagfyr 2026": the UK date of {@code at}. */
    String date(String language, Instant at) {
        return DATE.withLocale(locale(language)).format(at.atZone(Formats.UK));
    }

    /** "9 December 2026 at 5pm" ("5:30pm" when not on the hour), in UK time. */
    String dateTime(String language, Instant at) {
        var local = at.atZone(Formats.UK);
        String time = TIME.format(local).replace("AM", "am").replace("PM", "pm").replace(":00", "");
        return date(language, at) + " " + text(language, "format.at") + " " + time;
    }

    String decision(String language, DecisionType type) {
        return text(language, "decisionType." + type.name());
    }

    /** The Home Office outcome in plain words; an outcome without words of its own says the investigation finished. */
    String outcome(String language, int code) {
        return messages.getMessage(
                "notifications.outcome." + code, null, text(language, "notifications.outcome.other"), locale(language));
    }
}
