package dev.asynciotck.report;

import java.util.List;

/**
 * One check of a run: a scenario, a property, or a failure of the whole suite.
 *
 * @param name     its name
 * @param kind     {@code scenario}, {@code property} or {@code suite}
 * @param where    a feature file and line, or a class and method ("" when unknown)
 * @param clauses  the ids of the clauses it checks
 * @param status   passed, failed, skipped or expected (never untested)
 * @param reason   one line: why it failed or was skipped ("" when it passed)
 * @param casePath its saved case relative to the report directory, or null
 */
record CheckResult(String name, String kind, String where, List<String> clauses, Verdict status, String reason,
                   String casePath) {

    /** Copies the list. */
    CheckResult {
        clauses = List.copyOf(clauses);
    }
}
