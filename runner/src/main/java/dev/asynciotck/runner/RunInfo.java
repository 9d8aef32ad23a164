package dev.asynciotck.runner;

import dev.asynciotck.loop.LoopInfo;

import java.time.Instant;
import java.util.List;

/**
 * What a run was, for its summary: the loop, when, how long, what it selected, and how it ended.
 *
 * @param loop           the loop it tested
 * @param started        when the run started
 * @param seconds        how long it took
 * @param clauses        the clauses it was limited to (empty: all)
 * @param tags           the tag expression it was limited to (empty: none)
 * @param seed           the properties' seed
 * @param tries          programs per property
 * @param expectations   the expectations file, or null
 * @param exit           the exit status
 */
record RunInfo(LoopInfo loop, Instant started, double seconds, List<String> clauses, String tags,
               long seed, int tries, String expectations, int exit) {
}
