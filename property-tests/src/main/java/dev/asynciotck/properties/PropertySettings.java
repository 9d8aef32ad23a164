package dev.asynciotck.properties;

import dev.asynciotck.settings.Setting;
import org.quicktheories.QuickTheory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed, number of tries, parallelism and shrinking of a property run, from the settings
 * {@link Setting#SEED} (the same seed replays a run), {@link Setting#TRIES},
 * {@link Setting#PARALLEL} and {@link Setting#SHRINK}.
 */
public final class PropertySettings {

    /** The most programs at once. */
    public static final int MAX_PARALLEL = 256;

    private final long seed;
    private final int tries;
    private final int parallel;
    private final int shrinkCycles;

    private PropertySettings(long seed, int tries, int parallel, int shrinkCycles) {
        this.seed = seed;
        this.tries = tries;
        this.parallel = parallel;
        this.shrinkCycles = shrinkCycles;
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
                Setting.PARALLEL.intValue(1, MAX_PARALLEL), Setting.SHRINK.intValue(0, Integer.MAX_VALUE));
    }

    /**
     * @param divisor how many times fewer tries
     * @return these settings with {@code tries / divisor} tries (at least one)
     */
    public PropertySettings fraction(int divisor) {
        return new PropertySettings(seed, Math.max(1, tries / divisor), parallel, shrinkCycles);
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
     * @return a QuickTheories run with this seed and number of tries, and at most the
     *         {@link Setting#SHRINK} shrinking steps (each runs a program on the loop under test)
     */
    public QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(shrinkCycles);
    }

    /** @return the settings that replay this run, as the user gives them: options or system properties */
    public String replayArguments() {
        return Setting.isCommandLineRun() ? Setting.SEED.option() + " " + seed + " " + Setting.TRIES.option() + " " + tries
                : "-D" + Setting.SEED.property() + "=" + seed + " -D" + Setting.TRIES.property() + "=" + tries;
    }
}
