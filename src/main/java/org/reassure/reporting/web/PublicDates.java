package org.reassure.reporting.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.reassure.platform.Formats;

/** Dates and times on public pages in the reader's language ("27 Tachwedd 2026, 21:30"); templates call it as {@code @publicDates}. */
@Component("publicDates")
class PublicDates {

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LocaleContextHolder.getLocale())
                        .format(instant.atZone(Formats.UK));
    }
}
