package dev.asynciotck.properties;

import org.quicktheories.QuickTheory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed and number of tries of a property run: {@code -Dtck.seed=N} replays a run,
 * {@code -Dtck.tries=N} sets how many programs each property tries (default {@value #DEFAULT_TRIES}),
 * {@code -Dtck.parallel=N} how many programs may run at once on a loop that can run several
 * (default {@value #DEFAULT_PARALLEL}; 1 runs them one after the other).
 */
public final class PropertySettings {

    /** Tries per property when {@code tck.tries} is not set. */
    public static final int DEFAULT_TRIES = 200;
    /** The most shrinking steps of a failing property. */
    public static final int SHRINK_CYCLES = 300;
    /** Programs at once when {@code tck.parallel} is not set. */
    public static final int DEFAULT_PARALLEL = 32;

    private final long seed;
    private final int tries;
    private final int parallel;

    private PropertySettings(long seed, int tries, int parallel) {
        this.seed = seed;
        this.tries = tries;
        this.parallel = parallel;
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
        int tries = positive("tck.tries", DEFAULT_TRIES, Integer.MAX_VALUE);
        int parallel = positive("tck.parallel", DEFAULT_PARALLEL, 256);
        return new PropertySettings(seed, tries, parallel);
    }

    private static int positive(String property, int fallback, int max) {
        String t = System.getProperty(property, "").trim();
        if (t.isEmpty()) {
            return fallback;
        }
        long n = parse(property, t);
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(property + " must be between 1 and " + max + ", got " + t);
        }
        return (int) n;
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
        return new PropertySettings(seed, Math.max(1, tries / divisor), parallel);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the number of tries */
    public int tries() {
        return tries;
    }

    /** @return how many programs may run at once */
    public int parallel() {
        return parallel;
    }

    /**
     * @return a QuickTheories run with this seed and number of tries, and at most
     *         {@value #SHRINK_CYCLES} shrinking steps (each runs a program on the loop under test)
     */
    public QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(SHRINK_CYCLES);
    }

    /** @return the system properties that replay this run */
    public String replayArguments() {
        return "-Dtck.seed=" + seed + " -Dtck.tries=" + tries;
    }
}
