package org.reassure.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK style writes them, in UK time and in the language of the page (English or Welsh
 * month names); templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private final MessageSource messages;

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** "20 November 2026 at 9:30pm", or "20 Tachwedd 2026 am 9:30pm". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        var local = instant.atZone(UK);
        return DATE.withLocale(locale).format(local) + " " + messages.getMessage("format.at", null, locale) + " "
                + TIME.format(local).replace("AM", "am").replace("PM", "pm");
    }

    /** "20 November 2026", or "20 Tachwedd 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DATE.withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    /** A file's size as people read it, the same in English and Welsh: "2.4 MB", or "310 KB" (at least 1 KB). */
    public static String fileSize(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes >= megabyte
                ? String.format(Locale.UK, "%.1f MB", bytes / (double) megabyte)
                : Math.max(1, bytes / 1024) + " KB";
    }

    /** How long ago, in words: "3 hours", "2 days". */
    public String age(Instant instant, Instant now) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 60) {
            return plural("format.minutes", Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return plural("format.hours", age.toHours());
        }
        return plural("format.days", age.toDays());
    }

    private String plural(String key, long count) {
        return messages.getMessage(key, new Object[] {count}, LocaleContextHolder.getLocale());
    }
}
