package dev.asynciotck.sut;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run a program.
 *
 * @param virtualTime run on a virtual clock (only when the loop has {@link Capability#VIRTUAL_TIME})
 * @param budget      how long the program may take before it is reported as hung
 */
public record RunSettings(boolean virtualTime, Duration budget) {

    /** Real time, a 10 second budget. */
    public static final RunSettings DEFAULT = new RunSettings(false, Duration.ofSeconds(10));

    /** Checks the budget. */
    public RunSettings {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, got " + budget);
        }
    }

    /** @return these settings on a virtual clock */
    public RunSettings withVirtualTime() {
        return new RunSettings(true, budget);
    }
}
