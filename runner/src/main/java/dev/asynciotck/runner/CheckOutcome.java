package dev.asynciotck.runner;

import java.util.Set;

/**
 * What one check (a scenario or a property) did.
 *
 * @param name     its name
 * @param kind     a scenario, a property, or the suite (a failure outside any one check)
 * @param where    a scenario's feature file and line, a property's class and method
 * @param clauses  the clause ids it is tagged with
 * @param status   how it ended
 * @param reason   why, for a failure or a skip (one line), else empty
 * @param savedCase its saved case, relative to the report directory, or null
 */
record CheckOutcome(String name, Kind kind, String where, Set<String> clauses, Status status, String reason,
                    String savedCase) {

    /** How a check ended. */
    enum Status { PASSED, FAILED, SKIPPED, EXPECTED_FAILURE }

    /** What a check is. */
    enum Kind { SCENARIO, PROPERTY, SUITE }
}
