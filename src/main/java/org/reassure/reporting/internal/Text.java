package org.reassure.reporting.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleaning and format checks for what people type. Control characters are removed (they can hide text
 * or break exports); any script or language is welcome.
 */
public final class Text {

    private static final Pattern CONTROL =
            Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\n\\t]+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{7,15}$");
    /** UK postcode, including BFPO-free overseas-territory forms; the outward code is the district. */
    private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$");

    private Text() {}

    /** Free text of several lines: control characters removed, line ends normalised; null when empty. */
    public static String multiline(String value) {
        if (value == null) {
            return null;
        }
        String clean = CONTROL.matcher(
                        Normalizer.normalize(value.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC))
                .replaceAll("")
                .strip();
        return clean.isEmpty() ? null : clean;
    }

    /** One line of text: as {@link #multiline}, with line breaks turned into spaces. */
    public static String line(String value) {
        String clean = multiline(value);
        return clean == null ? null : LINE_BREAKS.matcher(clean).replaceAll(" ");
    }

    public static boolean isEmail(String value) {
        return value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    /** UK or international phone number: digits, spaces, brackets and hyphens allowed when typing. */
    public static String phoneDigits(String value) {
        String digits = value.replaceAll("[\\s()\\-.]", "");
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    /** The postcode in its usual form ("TW3 1AB"), or null when it is not a UK postcode. */
    public static String postcode(String value) {
        var matcher = POSTCODE.matcher(value.toUpperCase(Locale.UK).replaceAll("\\s+", ""));
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : null;
    }

    public static String district(String postcode) {
        return postcode == null ? null : postcode.substring(0, postcode.indexOf(' '));
    }

    /** A web address as people copy it; "example.com/post" is taken as https. Null when it is not one. */
    public static String webAddress(String value) {
        String candidate = value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? value : "https://" + value;
        return candidate.matches("(?i)^https?://[^\\s/$.?#][^\\s]*$") && candidate.length() <= 2000 ? candidate : null;
    }
}
