package dev.asynciotck.clause;

import java.util.Objects;

/**
 * That the checks of a clause rely on another clause's rule: when both fail in a run, the other
 * one is the root cause, and the first is reported as explained by it. Written in a clause's table
 * as {@code | Relies on | LOOP-STOP-2: its scenario sees the iterations through stop() |}.
 *
 * @param clause the id of the clause relied on
 * @param why    in a few words, what of it the checks rely on
 */
public record Reliance(String clause, String why) {

    /** Checks the parts. */
    public Reliance {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(why, "why");
    }

    @Override
    public String toString() {
        return clause + ": " + why;
    }
}
