package dev.asynciotck.loop;

/** What a loop under test can do beyond the core; a check needing more is skipped, with the reason. */
public enum Capability {
    /** Loops on a virtual clock ({@link RunMode#virtualTime()}). */
    VIRTUAL_TIME,
    /** Programs may start threads ({@code thread_after}). */
    THREADS,
    /** Unix signal handlers. */
    UNIX_SIGNALS,
    /**
     * Runs several programs at once, each on its own thread and loop ({@link RunMode#parallel()});
     * for throughput only: no clause needs it.
     */
    PARALLEL_RUNS
}
