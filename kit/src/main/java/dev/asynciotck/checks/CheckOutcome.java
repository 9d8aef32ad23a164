package dev.asynciotck.checks;

import java.util.List;
import java.util.Objects;

/**
 * How one check of a run ended.
 *
 * @param check     the check
 * @param verdict   its verdict (never {@link Verdict#UNTESTED})
 * @param blamed    for a failure (or an expected one), the clauses whose rule broke: those the
 *                  verdict is given to; the check's other clauses held. Empty otherwise.
 * @param reason    why, for a failure or a skip (one line), else ""
 * @param savedCase its saved case, relative to the report directory, or null
 */
public record CheckOutcome(Check check, Verdict verdict, List<String> blamed, String reason, String savedCase) {

    /** Checks the parts. */
    public CheckOutcome {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        blamed = List.copyOf(blamed);
        reason = reason == null ? "" : reason;
    }

    /**
     * @param clause one of the check's clauses
     * @return what this check says of it: its verdict for a blamed clause (or any clause of a check
     *         that did not fail), {@link Verdict#PASSED} for a clause of a failed check that held
     */
    public Verdict verdictOf(String clause) {
        boolean failure = verdict == Verdict.FAILED || verdict == Verdict.EXPECTED;
        return failure && !blamed.contains(clause) ? Verdict.PASSED : verdict;
    }
}
