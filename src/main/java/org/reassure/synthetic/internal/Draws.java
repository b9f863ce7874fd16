package org.reassure.synthetic.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random streams of one run, and the case being drawn. Everything a case is made of comes from one stream
 * seeded by the run's seed, so the same settings give the same cases; identifiers come from a second stream that
 * also depends on the run, so the same seed loaded twice gives new ids and references. Times are epoch seconds,
 * {@link #NONE} for a time that does not exist (yet).
 */
final class Draws {

    static final long HOUR = 3_600L;
    static final long DAY = 86_400L;
    static final long NONE = Long.MIN_VALUE;
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SplittableRandom random;
    private final SplittableRandom ids;
    private final long runId;
    private int sequence;
    private long received;

    Draws(long seed, long runId) {
        this.random = new SplittableRandom(seed);
        this.ids = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + runId);
        this.runId = runId;
    }

    /** Starts the next case of the run, received at {@code received}. */
    void nextCase(long received) {
        sequence++;
        this.received = received;
    }

    /** How many cases the run has started. */
    int sequence() {
        return sequence;
    }

    /** The point in time, or null for {@link #NONE}. */
    static Instant at(long epochSecond) {
        return epochSecond == NONE ? null : Instant.ofEpochSecond(epochSecond);
    }

    double uniform() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean coin() {
        return random.nextBoolean();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** A standard exponential draw (mean 1). */
    double exponential() {
        return -Math.log(1.0 - random.nextDouble());
    }

    /** Seconds between {@code from} and {@code to} hours, uniformly. */
    long hours(int from, int to) {
        return (long) ((from + (to - from) * random.nextDouble()) * HOUR);
    }

    /** An index drawn in proportion to the weights. */
    int pick(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A binomial draw: waiting times for small means, the normal approximation for large ones. */
    int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        boolean flip = p > 0.5;
        double q = flip ? 1 - p : p;
        double mean = n * q;
        int k;
        if (mean < 30) {
            double logMiss = Math.log(1 - q);
            k = 0;
            long position = 0;
            while (true) {
                position += Math.max(1L, (long) Math.ceil(Math.log(1.0 - random.nextDouble()) / logMiss));
                if (position > n) {
                    break;
                }
                k++;
            }
        } else {
            k = (int) Math.round(mean + Math.sqrt(mean * (1 - q)) * random.nextGaussian());
            k = Math.max(0, Math.min(n, k));
        }
        return flip ? n - k : k;
    }

    /**
     * A time-ordered identifier (UUID version 7, RFC 9562) from the time the current case was received: cases are
     * generated oldest first, so new keys land at the end of their indexes rather than all over them.
     */
    UUID uuid() {
        long millis = received * 1000L + (sequence & 0x3FF);
        long most = (millis << 16) | 0x7000L | (ids.nextLong() & 0x0FFFL);
        long least = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** SY, the year, then eight characters from the run number and sequence: never a live reference (those start HC). */
    String reference() {
        int year = Instant.ofEpochSecond(received).atZone(ZoneOffset.UTC).getYear() % 100;
        long value = runId * (1L << 24) + sequence;
        char[] code = new char[8];
        for (int i = 7; i >= 0; i--) {
            code[i] = ALPHABET[(int) (value % ALPHABET.length)];
            value /= ALPHABET.length;
        }
        return "SY" + (year < 10 ? "0" : "") + year + "-" + new String(code, 0, 4) + "-" + new String(code, 4, 4);
    }
}
