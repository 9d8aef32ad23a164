package dev.asynciotck.report;

import dev.asynciotck.loop.LoopInfo;
import dev.asynciotck.checks.CheckOutcome;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's conformance summary, {@code summary.json} (spec/reports.md), as the pages need it.
 *
 * @param file         the file it was read from
 * @param kit          the kit's version ("" when absent)
 * @param loop         the loop the run tested
 * @param started      when the run started (ISO-8601, as written)
 * @param seconds      how long it took
 * @param selection    what limited the run
 * @param expectations the expectations file the run used, or null
 * @param exit         the run's exit status
 * @param totals       the counts of checks by status
 * @param clauses      every clause of the catalogue, with its verdict, in catalogue order
 * @param checks       every check that ran, in the order they ended
 * @param rootCauses   the failing clauses nothing failing explains, each with the clauses it explains
 */
record RunSummary(Path file, String kit, LoopInfo loop, String started, double seconds, Selection selection,
                  String expectations, long exit, Totals totals, List<ClauseResult> clauses,
                  List<CheckOutcome> checks, Map<String, List<String>> rootCauses) {

    /** The format id of a summary. */
    static final String FORMAT = "asyncio-tck-summary/1";

    /** Copies the lists. */
    RunSummary {
        clauses = List.copyOf(clauses);
        checks = List.copyOf(checks);
        rootCauses = Collections.unmodifiableMap(new LinkedHashMap<>(rootCauses));
    }

    /**
     * @param clause a clause of this run
     * @return the check that gave the clause its verdict and has a saved case: the first of its
     *         checks with that status and a case; null when there is none
     */
    CheckOutcome caseCheck(ClauseResult clause) {
        for (int index : clause.checks()) {
            CheckOutcome check = checks.get(index);
            if (check.verdict() == clause.verdict() && check.savedCase() != null) {
                return check;
            }
        }
        return null;
    }
}
