package dev.asynciotck.properties;

import org.quicktheories.QuickTheory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed and number of tries of a property run: {@code -Dtck.seed=N} replays a run,
 * {@code -Dtck.tries=N} sets how many programs each property tries (default {@value #DEFAULT_TRIES}).
 */
public final class PropertySettings {

    /** Tries per property when {@code tck.tries} is not set. */
    public static final int DEFAULT_TRIES = 200;

    private final long seed;
    private final int tries;

    private PropertySettings(long seed, int tries) {
        this.seed = seed;
        this.tries = tries;
    }

    /**
     * @return the settings from the system properties {@code tck.seed} and {@code tck.tries}
     * @throws IllegalArgumentException naming the property when a value is not a number
     */
    public static PropertySettings fromSystemProperties() {
        long seed = ThreadLocalRandom.current().nextLong();
        String s = System.getProperty("tck.seed", "").trim();
        if (!s.isEmpty()) {
            seed = parse("tck.seed", s);
        }
        int tries = DEFAULT_TRIES;
        String t = System.getProperty("tck.tries", "").trim();
        if (!t.isEmpty()) {
            long n = parse("tck.tries", t);
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("tck.tries must be between 1 and " + Integer.MAX_VALUE + ", got " + t);
            }
            tries = (int) n;
        }
        return new PropertySettings(seed, tries);
    }

    private static long parse(String property, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be an integer, got '" + value + "'", e);
        }
    }

    /**
     * @param divisor how many times fewer tries
     * @return these settings with {@code tries / divisor} tries (at least one)
     */
    public PropertySettings fraction(int divisor) {
        return new PropertySettings(seed, Math.max(1, tries / divisor));
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the number of tries */
    public int tries() {
        return tries;
    }

    /** @return a QuickTheories run with this seed and number of tries */
    public QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed).withExamples(tries);
    }

    /** @return the system properties that replay this run */
    public String replayArguments() {
        return "-Dtck.seed=" + seed + " -Dtck.tries=" + tries;
    }
}
