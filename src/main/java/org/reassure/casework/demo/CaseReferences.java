package org.reassure.casework.demo;

import java.security.SecureRandom;
import java.time.Year;

/**
 * Case references like {@code HC26-7K4Q-9WXM}: the year, then eight random characters from an alphabet
 * without look-alikes (no I, L, O, U, 0 or 1), so references cannot be guessed in sequence and are easy
 * to read out on the phone.
 */
final class CaseReferences {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseReferences() {}

    static String next(Year year) {
        StringBuilder reference = new StringBuilder("HC")
                .append(String.format("%02d", year.getValue() % 100))
                .append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
