package org.reassure.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;

import org.reassure.platform.FormErrors;

/**
 * The checks on each answer, shared by the online journey (field names of the page) and the API (field
 * names like {@code reporter.email}). Each returns the cleaned value, or records a GOV.UK error message
 * in the reader's language and returns null.
 */
final class Checks {

    static final int DESCRIPTION_MAX = 20_000;
    static final int LONG_TEXT_MAX = 5_000;
    static final int LINE_MAX = 200;

    private final FormErrors errors;
    private final MessageSource messages;
    private final Locale locale;

    Checks(FormErrors errors, MessageSource messages, Locale locale) {
        this.errors = errors;
        this.messages = messages;
        this.locale = locale;
    }

    FormErrors errors() {
        return errors;
    }

    void fail(String field, String key, Object... args) {
        errors.add(field, messages.getMessage("report.error." + key, args, locale));
    }

    String required(String field, String value, int max, String missingKey) {
        String clean = Text.multiline(value);
        if (clean == null) {
            fail(field, missingKey);
            return null;
        }
        return lengthAtMost(field, clean, max);
    }

    String optional(String field, String value, int max) {
        String clean = Text.multiline(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    String optionalLine(String field, String value, int max) {
        String clean = Text.line(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    private String lengthAtMost(String field, String clean, int max) {
        if (clean.codePointCount(0, clean.length()) > max) {
            fail(field, "tooLong", String.format(Locale.UK, "%,d", max));
            return null;
        }
        return clean;
    }

    String email(String field, String value) {
        return formatted(field, value, clean -> Text.isEmail(clean) ? clean : null, "email");
    }

    String phone(String field, String value) {
        return formatted(field, value, clean -> Text.phoneDigits(clean) == null ? null : clean, "phone");
    }

    String postcode(String field, String value) {
        return formatted(field, value, Text::postcode, "postcode");
    }

    String webAddress(String field, String value) {
        return formatted(field, value, Text::webAddress, "url");
    }

    /** One line in a set format: empty is fine, a value that does not fit is an error; returns the value as it is kept. */
    private String formatted(String field, String value, UnaryOperator<String> parse, String errorKey) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        String parsed = parse.apply(clean);
        if (parsed == null) {
            fail(field, errorKey);
        }
        return parsed;
    }

    String language(String field, String value) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        if (clean.length() > 35) {
            fail(field, "tooLong", 35);
            return null;
        }
        return clean;
    }

    /** A code from a fixed list; an unknown code is an error naming the choices. */
    String code(String field, String value, Set<String> allowed, boolean required) {
        String clean = Text.line(value);
        if (clean == null) {
            if (required) {
                fail(field, "choose." + field.replace('.', '_'));
            }
            return null;
        }
        if (!allowed.contains(clean)) {
            fail(field, "oneOf", String.join(", ", allowed));
            return null;
        }
        return clean;
    }

    /** When it happened, from the API: a date, a local date and time (UK), or a date and time with offset. */
    When occurredAt(String field, String value, LocalDate today) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        try {
            if (clean.length() == 10) {
                return checkedWhen(field, new When(LocalDate.parse(clean), null), today);
            }
            try {
                return checkedWhen(
                        field, new When(null, OffsetDateTime.parse(clean).toInstant()), today);
            } catch (DateTimeParseException noOffset) {
                return checkedWhen(
                        field,
                        new When(
                                null,
                                LocalDateTime.parse(clean)
                                        .atZone(org.reassure.platform.Formats.UK)
                                        .toInstant()),
                        today);
            }
        } catch (DateTimeParseException unreadable) {
            fail(field, "occurredAt");
            return null;
        }
    }

    When checkedWhen(String field, When when, LocalDate today) {
        LocalDate day = when.date() != null
                ? when.date()
                : when.at().atZone(org.reassure.platform.Formats.UK).toLocalDate();
        if (day.isAfter(today)) {
            fail(field, "future");
            return null;
        }
        if (day.isBefore(today.minusYears(100))) {
            fail(field, "tooOld");
            return null;
        }
        return when;
    }

    /** A date, or an exact moment; one of them is set. */
    record When(LocalDate date, java.time.Instant at) {}
}
