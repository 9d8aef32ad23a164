package dev.asynciotck.runner;

import java.util.Set;

/**
 * What one check (a scenario or a property) did.
 *
 * @param name    its name
 * @param clauses the clause ids it is tagged with
 * @param status  how it ended
 * @param reason  why, for a failure or a skip (first line of the message), else empty
 */
record CheckOutcome(String name, Set<String> clauses, Status status, String reason) {

    /** How a check ended. */
    enum Status { PASSED, FAILED, SKIPPED, EXPECTED_FAILURE }
}
