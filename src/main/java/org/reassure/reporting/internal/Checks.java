package org.reassure.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.reassure.platform.FormErrors;
import org.reassure.platform.Formats;
import org.reassure.platform.Languages;
import org.reassure.reporting.ContactWishes;
import org.reassure.reporting.SafeWindowInput;

/**
 * The checks on each answer, shared by the online journey (field names of the page) and the API (field names like
 * {@code reporter.email}). Each returns the cleaned value, or records a GOV.UK error message (a message key, put
 * into words where it is shown) and returns null.
 */
public final class Checks {

    public static final int DESCRIPTION_MAX = 20_000;
    public static final int LONG_TEXT_MAX = 5_000;
    public static final int LINE_MAX = 200;

    private final FormErrors errors = new FormErrors();

    public FormErrors errors() {
        return errors;
    }

    /** Records the error of a field; the first one a field gets is the one shown. */
    public void fail(String field, String key, Object... args) {
        errors.add(field, key, args);
    }

    public String required(String field, String value, int max, String missingKey) {
        String clean = Text.multiline(value);
        if (clean == null) {
            fail(field, missingKey);
            return null;
        }
        return lengthAtMost(field, clean, max);
    }

    public String optional(String field, String value, int max) {
        String clean = Text.multiline(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    public String optionalLine(String field, String value, int max) {
        String clean = Text.line(value);
        return clean == null ? null : lengthAtMost(field, clean, max);
    }

    private String lengthAtMost(String field, String clean, int max) {
        if (clean.codePointCount(0, clean.length()) > max) {
            fail(field, "report.error.tooLong", String.format(Locale.UK, "%,d", max));
            return null;
        }
        return clean;
    }

    public String email(String field, String value) {
        return formatted(field, value, clean -> Text.isEmail(clean) ? clean : null, "report.error.email");
    }

    public String phone(String field, String value) {
        return formatted(field, value, clean -> Text.phoneDigits(clean) == null ? null : clean, "report.error.phone");
    }

    public String postcode(String field, String value) {
        return formatted(field, value, Text::postcode, "report.error.postcode");
    }

    public String webAddress(String field, String value) {
        return formatted(field, value, Text::webAddress, "report.error.url");
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

    /** A language offered, chosen from the journey's list: empty is fine, any other value an error. */
    public String language(String field, String value) {
        return language(field, value, "report.error.language");
    }

    /**
     * A language offered, as its BCP 47 code ({@code pl}, {@code bfi}); empty is fine, any other value the error
     * {@code errorKey}.
     */
    public String language(String field, String value, String errorKey) {
        String clean = Text.line(value);
        if (clean == null) {
            return null;
        }
        String code = clean.toLowerCase(Locale.ROOT);
        if (!Languages.known(code)) {
            fail(field, errorKey);
            return null;
        }
        return code;
    }

    /**
     * A code from a fixed list; an unknown code is an error naming the choices. A missing required code asks the
     * question of its field: {@code report.error.choose.<field>}.
     */
    public String code(String field, String value, Set<String> allowed, boolean required) {
        String clean = Text.line(value);
        if (clean == null) {
            if (required) {
                fail(field, "report.error.choose." + field.replace('.', '_'));
            }
            return null;
        }
        if (!allowed.contains(clean)) {
            fail(field, "report.error.oneOf", String.join(", ", allowed));
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
                                LocalDateTime.parse(clean).atZone(Formats.UK).toInstant()),
                        today);
            }
        } catch (DateTimeParseException unreadable) {
            fail(field, "report.error.occurredAt");
            return null;
        }
    }

    public When checkedWhen(String field, When when, LocalDate today) {
        LocalDate day =
                when.date() != null ? when.date() : when.at().atZone(Formats.UK).toLocalDate();
        if (day.isAfter(today)) {
            fail(field, "report.error.future");
            return null;
        }
        if (day.isBefore(today.minusYears(100))) {
            fail(field, "report.error.tooOld");
            return null;
        }
        return when;
    }

    /**
     * Safe contact windows ({@link SafeWindowInput}): each names at least one day and ends after it starts on the same
     * day; two windows sharing a day do not overlap.
     */
    public List<ContactWishes.Window> safeWindows(
            String listField, List<SafeWindowInput.Typed> typed, SafeWindowInput.Fields fields, boolean skipBlank) {
        return SafeWindowInput.read(listField, typed, fields, skipBlank, errors);
    }

    /** A date, or an exact moment; one of them is set. */
    public record When(LocalDate date, Instant at) {}
}
