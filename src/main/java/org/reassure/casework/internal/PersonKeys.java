package org.reassure.casework.internal;

import java.util.Locale;

/** The forms of a name, phone number and address that people are matched and searched by. */
public final class PersonKeys {

    private PersonKeys() {}

    public static String nameKey(String name) {
        return name == null
                ? null
                : name.toLowerCase(Locale.UK)
                        .replaceAll("[^\\p{L}\\p{N} ]", " ")
                        .replaceAll("\\s+", " ")
                        .trim();
    }

    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    public static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.UK);
    }

    public static String addressKey(String address) {
        return address == null ? null : address.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]", "");
    }
}
