package dev.asynciotck.checks;

import java.util.List;
import java.util.Objects;

/**
 * Why a check failed, as the run's summary needs it: the clauses whose rule broke (not every clause
 * the check is tagged with: a property names the clauses of the invariants that broke), one line
 * saying what happened, and where the evidence is.
 *
 * @param clauses   the ids of the clauses whose rule broke
 * @param reason    one line: what happened (a divergence, {@code TIMEOUT: ...}, a crash, ...)
 * @param savedCase the saved case, relative to the report directory, or null
 * @param replay    the command that replays it, or null
 */
public record Failure(List<String> clauses, String reason, String savedCase, String replay) {

    /** Copies the list. */
    public Failure {
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(reason, "reason");
    }

    /** A failure, or the news of an expected failure, that says which clauses broke and why. */
    public interface Carrier {
        /** @return why the check failed */
        Failure failure();
    }
}
