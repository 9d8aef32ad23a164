package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Level;

import java.util.List;

/**
 * One clause of the catalogue, with its verdict in a run.
 *
 * @param id      the clause id, e.g. {@code LOOP-STOP-2}
 * @param where   where its text is, e.g. {@code spec/clauses/LOOP-STOP.md:21} ("" when the summary does not say)
 * @param area    its area, e.g. {@code LOOP-STOP}
 * @param level   its level
 * @param title   its title
 * @param verdict its verdict in the run
 * @param reason  the one-line reason of the verdict ("" when it passed)
 * @param checks  indexes of its checks in the run's checks
 */
record ClauseResult(String id, String where, String area, Level level, String title, Verdict verdict, String reason,
                    List<Integer> checks) {

    /** Copies the list. */
    ClauseResult {
        checks = List.copyOf(checks);
    }
}
