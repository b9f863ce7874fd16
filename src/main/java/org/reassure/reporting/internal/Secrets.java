package org.reassure.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Year;
import java.util.HexFormat;
import java.util.Locale;

/**
 * References and tracking codes, from an alphabet without look-alikes (no I, L, O, U, 0 or 1) so they
 * can be read out on the phone. A reference is like a case reference ({@code HC26-7K4Q-9WXM}); a
 * tracking code has 24 characters (about 118 random bits), so a plain SHA-256 is a safe way to keep it.
 */
public final class Secrets {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int TRACKING_CODE_LENGTH = 24;

    private Secrets() {}

    public static String reference(Year year) {
        return "HC" + String.format("%02d", year.getValue() % 100) + "-" + random(4) + "-" + random(4);
    }

    /** Shown in groups of four: {@code 7K4Q-9WXM-...}. */
    public static String trackingCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < TRACKING_CODE_LENGTH / 4; group++) {
            code.append(group == 0 ? "" : "-").append(random(4));
        }
        return code.toString();
    }

    /** What people type, in the form that was hashed: capitals, no spaces or hyphens. */
    public static String normaliseCode(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.UK).replaceAll("[^0-9A-Z]", "");
    }

    public static String normaliseReference(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase(Locale.UK).replaceAll("[^0-9A-Z]", "");
        return compact.length() == 12
                ? compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8)
                : compact;
    }

    public static String hashOfCode(String code) {
        return sha256("tracking:" + normaliseCode(code));
    }

    public static String sha256(String value) {
        return HexFormat.of().formatHex(digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
