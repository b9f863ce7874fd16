package org.reassure.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Codes an authenticator app would show (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), computed here
 * independently of the service's own code. The service accepts each time step once per account, so the tests keep,
 * per account, the last step used and (for the times an account signs in more often than the steps allow) a few
 * recovery codes the account was given.
 */
public final class Totp {

    /** The key every demo account is enrolled with, published in the README for the demo only. */
    public static final String DEMO_KEY = "REASSUREDEMOKEYONLYFORDEMO234567";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Map<String, String> KEYS = new HashMap<>();
    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    private static final Map<String, Deque<String>> RECOVERY = new HashMap<>();

    private Totp() {}

    /** The time step an instant is in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }

    /** The code for this key (base32, spaces allowed) now. */
    public static String code(String key) {
        return code(key, step(Instant.now()));
    }

    /** The code for this key (base32, spaces allowed) at this time step. */
    public static String code(String key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(key), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int number = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", number % 1_000_000);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Remembers an account's key (set up by a test); accounts not named here have the demo key. */
    public static synchronized void enrolled(String username, String key) {
        KEYS.put(username, key);
        LAST_STEP.remove(username);
        RECOVERY.remove(username);
    }

    /**
     * A code for this account from a time step no code was given for yet (the service takes one step early or late),
     * or empty if every step it would take now has been used.
     */
    public static synchronized Optional<String> freshCode(String username) {
        Instant now = Instant.now();
        long current = step(now);
        // One step back only well inside the step, so the service's clock cannot pass the step boundary meanwhile.
        long earliest = now.getEpochSecond() % 30 < 25 ? current - 1 : current;
        long step = Math.max(LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1, earliest);
        if (step > current + 1) {
            return Optional.empty();
        }
        LAST_STEP.put(username, step);
        return Optional.of(code(KEYS.getOrDefault(username, DEMO_KEY), step));
    }

    /** A fresh code for this account, waiting for the next time step if need be. */
    public static String freshCodeWaiting(String username) {
        while (true) {
            Optional<String> code = freshCode(username);
            if (code.isPresent()) {
                return code.get();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** One of the account's unused recovery codes the tests were given, if any. */
    public static synchronized Optional<String> recoveryCode(String username) {
        Deque<String> codes = RECOVERY.get(username);
        return codes == null || codes.isEmpty() ? Optional.empty() : Optional.of(codes.pop());
    }

    /** Whether the tests hold none of this account's recovery codes. */
    public static synchronized boolean noRecoveryCodes(String username) {
        Deque<String> codes = RECOVERY.get(username);
        return codes == null || codes.isEmpty();
    }

    /** The account's new recovery codes (the old ones no longer work). */
    public static synchronized void recoveryCodes(String username, List<String> codes) {
        RECOVERY.put(username, new ArrayDeque<>(codes));
    }

    private static byte[] decode(String key) {
        String text = key.replace(" ", "").toUpperCase();
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | ALPHABET.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
