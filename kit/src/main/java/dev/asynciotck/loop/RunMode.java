package dev.asynciotck.loop;

import dev.asynciotck.settings.Setting;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run a program.
 *
 * @param virtualTime run on a virtual clock (only when the loop has {@link Capability#VIRTUAL_TIME})
 * @param budget      how long the program may take before it is reported as hung
 * @param parallel    how many programs of one {@link TestedLoop#runAll} call may run at once,
 *                    each on its own loop and thread (only when the loop has
 *                    {@link Capability#PARALLEL_RUNS}; 1 runs them one after the other). Programs
 *                    whose checks depend on timing between runs, or on the main thread, are run
 *                    with 1.
 * @param watchResources whether to look, after a program run alone, for what it left behind
 *                    (RESOURCE-*): a JVM loop's runs are watched only then (the checks of the
 *                    properties never read leaks, and looking costs about a millisecond a program)
 */
public record RunMode(boolean virtualTime, Duration budget, int parallel, boolean watchResources) {

    /** Real time, a 10 second budget, one program at a time. */
    public static final RunMode DEFAULT = new RunMode(false, Duration.ofSeconds(10), 1);

    /**
     * Watched runs.
     *
     * @param virtualTime run on a virtual clock
     * @param budget      how long the program may take
     * @param parallel    how many programs may run at once
     */
    public RunMode(boolean virtualTime, Duration budget, int parallel) {
        this(virtualTime, budget, parallel, true);
    }

    /** @return real time, the budget of {@link Setting#BUDGET} (10 s unless set), one program at a time */
    public static RunMode configured() {
        return new RunMode(false, Setting.BUDGET.secondsValue(), 1);
    }

    /** Checks the budget and the parallelism. */
    public RunMode {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, got " + budget);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
        }
    }

    /** @return the budget as people read it: {@code 10 s}, {@code 1.5 s}, {@code 250 ms} */
    public String budgetText() {
        long ms = budget.toMillis();
        return ms < 1000 ? ms + " ms" : (ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0)) + " s";
    }

    /**
     * @return these settings with the vocabulary's {@code stress.budget_factor} times the budget, for
     *         a stress check (a scenario that floods the loop on purpose)
     */
    public RunMode forStress() {
        return new RunMode(virtualTime, budget.multipliedBy(dev.asynciotck.vocabulary.Vocabulary.load().stressBudgetFactor()),
                parallel, watchResources);
    }

    /**
     * @return these settings with the vocabulary's {@code stress.long_budget_factor} times the
     *         budget, for a long check (a stress scenario run only when asked: {@link Setting#LONG})
     */
    public RunMode forLong() {
        return new RunMode(virtualTime, budget.multipliedBy(dev.asynciotck.vocabulary.Vocabulary.load().longBudgetFactor()),
                parallel, watchResources);
    }

    /** @return these settings on a virtual clock */
    public RunMode withVirtualTime() {
        return new RunMode(true, budget, parallel, watchResources);
    }

    /**
     * @param programsAtOnce how many programs may run at once
     * @return these settings with that parallelism
     */
    public RunMode withParallel(int programsAtOnce) {
        return new RunMode(virtualTime, budget, programsAtOnce, watchResources);
    }

    /** @return these settings without looking for what the runs leave behind */
    public RunMode unwatched() {
        return new RunMode(virtualTime, budget, parallel, false);
    }
}
