package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Level;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the matrix: a clause, with its result in each column (null where that run's
 * catalogue lacks it).
 *
 * @param id     the clause id
 * @param area   its area
 * @param level  its level
 * @param title  its title
 * @param cells  its result per column, in column order; null where the run does not list it
 */
record MatrixRow(String id, String area, Level level, String title, List<ClauseResult> cells) {

    /** Copies the list (which may hold nulls). */
    MatrixRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** @return whether the columns disagree: different verdicts, or the clause missing from some */
    boolean differs() {
        Set<Verdict> verdicts = new HashSet<>();
        for (ClauseResult c : cells) {
            if (c == null) {
                return cells.size() > 1;
            }
            verdicts.add(c.verdict());
        }
        return verdicts.size() > 1;
    }

    /**
     * @param runs the runs, in column order
     * @return the union of their clauses, grouped by area: areas and clauses in the order they
     *         first appear (the catalogue order of the first run, then what later runs add); level
     *         and title from the first run that lists the clause
     */
    static List<MatrixRow> of(List<ReportRun> runs) {
        Map<String, Map<String, ClauseResult>> byArea = new LinkedHashMap<>();
        List<Map<String, ClauseResult>> byRun = new ArrayList<>();
        for (ReportRun run : runs) {
            Map<String, ClauseResult> ids = new LinkedHashMap<>();
            for (ClauseResult c : run.summary().clauses()) {
                ids.putIfAbsent(c.id(), c);
                if (byArea.values().stream().noneMatch(area -> area.containsKey(c.id()))) {
                    byArea.computeIfAbsent(c.area(), a -> new LinkedHashMap<>()).put(c.id(), c);
                }
            }
            byRun.add(ids);
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (Map<String, ClauseResult> clauses : byArea.values()) {
            for (ClauseResult first : clauses.values()) {
                List<ClauseResult> cells = new ArrayList<>();
                for (Map<String, ClauseResult> ids : byRun) {
                    cells.add(ids.get(first.id()));
                }
                rows.add(new MatrixRow(first.id(), first.area(), first.level(), first.title(), cells));
            }
        }
        return rows;
    }
}
