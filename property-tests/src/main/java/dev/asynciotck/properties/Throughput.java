package dev.asynciotck.properties;

import dev.asynciotck.settings.Setting;

import java.util.Locale;

/**
 * Counts the programs the properties run on the loop under test and the time their properties
 * took to generate, run and check them (the shrinking of a failure aside), and
 * prints a line per property with the running total: the throughput figure of the out-of-process
 * path ({@code programs/s}) comes from here. With {@link Setting#QUIET_THROUGHPUT} (the command
 * line's progress display on a terminal sets it) the lines are not printed; {@link #total()} still tells.
 */
public final class Throughput {

    private static long programs;
    private static long nanos;

    private Throughput() {
    }

    /**
     * @param property the property's name
     * @param count    how many programs it ran in one batch
     * @param elapsed  how long the loop under test took for them, in nanoseconds
     */
    static synchronized void add(String property, int count, long elapsed) {
        programs += count;
        nanos += elapsed;
        if (!Setting.QUIET_THROUGHPUT.booleanValue()) {
            System.out.println(String.format(Locale.ROOT,
                    "[properties] %s: %d programs on %s in %.2f s (%.0f programs/s); all properties so far: %s",
                    property, count, PropertyCheck.loop().id(), elapsed / 1e9, count / (elapsed / 1e9), total()));
        }
    }

    /** Starts counting again: a command-line run counts its own programs, even when a JVM makes several runs. */
    public static synchronized void startRun() {
        programs = 0;
        nanos = 0;
    }

    /** @return how many programs the properties ran since the run started (or in this JVM), and how many per second */
    public static synchronized String total() {
        return String.format(Locale.ROOT, "%d programs, %.0f programs/s", programs, nanos == 0 ? 0 : programs / (nanos / 1e9));
    }
}
