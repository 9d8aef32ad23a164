package dev.asynciotck.checks;

import java.util.Objects;

/**
 * How one check of a run ended.
 *
 * @param check     the check
 * @param verdict   its verdict (never {@link Verdict#UNTESTED})
 * @param reason    why, for a failure or a skip (one line), else ""
 * @param savedCase its saved case, relative to the report directory, or null
 */
public record CheckOutcome(Check check, Verdict verdict, String reason, String savedCase) {

    /** Checks the parts. */
    public CheckOutcome {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
    }
}
