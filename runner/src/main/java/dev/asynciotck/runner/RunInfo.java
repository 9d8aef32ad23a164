package dev.asynciotck.runner;

import java.time.Instant;
import java.util.List;

/**
 * What a run was, for its summary: the loop, when, how long, what it selected, and how it ended.
 *
 * @param loopId         the loop identifier
 * @param implementation what the loop says it is
 * @param started        when the run started
 * @param seconds        how long it took
 * @param clauses        the clauses it was limited to (empty: all)
 * @param tags           the tag expression it was limited to (empty: none)
 * @param seed           the properties' seed
 * @param tries          programs per property
 * @param expectations   the expectations file, or null
 * @param exit           the exit status
 */
record RunInfo(String loopId, String implementation, Instant started, double seconds, List<String> clauses, String tags,
               long seed, int tries, String expectations, int exit) {
}
