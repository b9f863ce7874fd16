package org.reassure.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK style writes them, in UK time; templates call it as {@code @fmt}. */
@Component("fmt")
public class Formats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DATE_TIME.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** How long ago, in words: "3 hours", "2 days". */
    public String age(Instant instant, Instant now) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 60) {
            return plural(Math.max(0, age.toMinutes()), "minute");
        }
        if (age.toHours() < 48) {
            return plural(age.toHours(), "hour");
        }
        return plural(age.toDays(), "day");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
