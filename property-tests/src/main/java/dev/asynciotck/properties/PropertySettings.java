package dev.asynciotck.properties;

import dev.asynciotck.settings.Setting;
import org.quicktheories.QuickTheory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed, number of tries and parallelism of a property run, from the settings
 * {@link Setting#SEED} (the same seed replays a run), {@link Setting#TRIES} and
 * {@link Setting#PARALLEL}.
 */
public final class PropertySettings {

    /** The most shrinking steps of a failing property. */
    public static final int SHRINK_CYCLES = 300;
    /** The most programs at once. */
    public static final int MAX_PARALLEL = 256;

    private final long seed;
    private final int tries;
    private final int parallel;

    private PropertySettings(long seed, int tries, int parallel) {
        this.seed = seed;
        this.tries = tries;
        this.parallel = parallel;
    }

    /**
     * @return the settings {@link Setting#SEED} (a new random seed when unset), {@link Setting#TRIES}
     *         and {@link Setting#PARALLEL}
     * @throws dev.asynciotck.settings.SettingException naming the setting as the user gave it, when a
     *         value is not a number in range
     */
    public static PropertySettings fromSettings() {
        long seed = Setting.SEED.isSet() ? Setting.SEED.longValue() : ThreadLocalRandom.current().nextLong();
        return new PropertySettings(seed, Setting.TRIES.intValue(1, Integer.MAX_VALUE),
                Setting.PARALLEL.intValue(1, MAX_PARALLEL));
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

    /** @return the settings that replay this run, as the user gives them: options or system properties */
    public String replayArguments() {
        return Setting.isCommandLineRun() ? Setting.SEED.option() + " " + seed + " " + Setting.TRIES.option() + " " + tries
                : "-D" + Setting.SEED.property() + "=" + seed + " -D" + Setting.TRIES.property() + "=" + tries;
    }
}
