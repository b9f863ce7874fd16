package org.reassure.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.reassure.testing.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes are those of RFC 6238's own test vectors (SHA-1, last six digits), as any authenticator app shows. */
class TotpCodesTest {

    private static final String RFC_KEY = TotpCodes.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codes_match_the_rfc_6238_test_vectors() {
        assertThat(RFC_KEY).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        long[][] vectors = {
            {59, 287082}, {1111111109, 81804}, {1111111111, 50471}, {1234567890, 5924}, {2000000000, 279037}
        };
        for (long[] vector : vectors) {
            long step = TotpCodes.step(Instant.ofEpochSecond(vector[0]));
            assertThat(TotpCodes.code(RFC_KEY, step)).isEqualTo(String.format("%06d", vector[1]));
            // The tests' own independent implementation agrees.
            assertThat(Totp.code(RFC_KEY, step)).isEqualTo(String.format("%06d", vector[1]));
        }
    }

    @Test
    void new_keys_are_160_random_bits_in_base32_and_read_back_in_groups() {
        String key = TotpCodes.newKey();
        assertThat(key).matches("[A-Z2-7]{32}").isNotEqualTo(TotpCodes.newKey());
        assertThat(TotpCodes.fromBase32(key)).hasSize(20);
        assertThat(TotpCodes.fromBase32(TotpCodes.grouped(key).toLowerCase())).isEqualTo(TotpCodes.fromBase32(key));
        assertThat(TotpCodes.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
    }
}
