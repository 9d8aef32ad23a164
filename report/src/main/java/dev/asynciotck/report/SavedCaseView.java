package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;
import dev.asynciotck.loop.LoopInfo;

import java.nio.file.Path;
import java.util.List;

/**
 * A saved case, {@code cases/*.json} (spec/reports.md), as its page shows it: the text forms of
 * program and traces, not their JSON forms.
 *
 * @param file           the file it was read from
 * @param kind           the check's kind: {@code scenario} or {@code property}
 * @param name           the check's name
 * @param where          a feature file and line, or a class and method ("" when absent)
 * @param clauses        the check's clause ids
 * @param loop           the loop it failed on
 * @param verdict        {@link Verdict#FAILED} or {@link Verdict#EXPECTED}
 * @param message        one line: why it failed
 * @param programText    the program, text form
 * @param expectedText   the expected trace, text form, or null
 * @param expectedSource where the expected trace comes from ({@code scenario}, {@code reference loop}), or null
 * @param anyOrder       whether the expected events may come in any order
 * @param actualText     the trace the loop gave, text form, or null when it gave none
 * @param fault          what happened instead of a trace, or null
 * @param divergence     the first divergence, as TraceDiff prints it, or null
 * @param property       for a property: its id, recipe and seed; else null
 * @param replay         the command that replays the case
 */
record SavedCaseView(Path file, String kind, String name, String where, List<String> clauses, LoopInfo loop,
                     Verdict verdict, String message, String programText, String expectedText,
                     String expectedSource, boolean anyOrder, String actualText, String fault, String divergence,
                     PropertyInfo property, String replay) {

    /** The format id of a saved case. */
    static final String FORMAT = "asyncio-tck-case/1";

    /** Copies the list. */
    SavedCaseView {
        clauses = List.copyOf(clauses);
    }

    /**
     * The property part of a saved case.
     *
     * @param id     the property's id in the kit
     * @param recipe the shrunk recipe the program is decoded from
     * @param seed   the seed of the run that found it, or null
     */
    record PropertyInfo(String id, List<Long> recipe, Long seed) {
        /** Copies the list. */
        PropertyInfo {
            recipe = List.copyOf(recipe);
        }
    }
}
