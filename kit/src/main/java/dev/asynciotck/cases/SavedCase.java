package dev.asynciotck.cases;

import dev.asynciotck.program.Program;
import dev.asynciotck.trace.Trace;

import java.util.List;
import java.util.Objects;

/**
 * The evidence of one failed check (format {@value #FORMAT}, see {@code spec/reports.md}).
 *
 * @param check          what failed
 * @param loop           the loop it failed on
 * @param verdict        {@code failed}, or {@code expected} for an expected failure
 * @param message        one line: why it failed
 * @param program        the program that shows it
 * @param expected       the expected trace, or null: the scenario's, or the reference loop's for a property
 * @param expectedSource where {@code expected} comes from: {@value #FROM_SCENARIO} or {@value #FROM_REFERENCE}
 * @param anyOrder       whether the expected events may come in any order
 * @param actual         the trace the loop gave, or null when it gave none
 * @param fault          when it gave none: what happened instead, else null
 * @param divergence     the first divergence of {@code actual} from {@code expected}, or null
 * @param property       for a property: its id, the recipe of the program and the seed; else null
 * @param replay         the command that replays the case
 */
public record SavedCase(Check check, LoopInfo loop, String verdict, String message, Program program,
                        Trace expected, String expectedSource, boolean anyOrder, Trace actual, String fault,
                        String divergence, PropertyRecipe property, String replay) {

    /** The format id of saved cases. */
    public static final String FORMAT = "asyncio-tck-case/1";
    /** {@code expectedSource} of a scenario's expected trace. */
    public static final String FROM_SCENARIO = "scenario";
    /** {@code expectedSource} of a property's comparison trace. */
    public static final String FROM_REFERENCE = "reference loop";
    /** The verdict of a failure. */
    public static final String FAILED = "failed";
    /** The verdict of an expected failure. */
    public static final String EXPECTED = "expected";

    /** Checks the required parts. */
    public SavedCase {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(replay, "replay");
    }

    /** @return whether it is the case of a property (else of a scenario) */
    public boolean isProperty() {
        return property != null;
    }

    /** @param command the replay command @return this case with it */
    public SavedCase withReplay(String command) {
        return new SavedCase(check, loop, verdict, message, program, expected, expectedSource, anyOrder, actual,
                fault, divergence, property, command);
    }

    /**
     * What failed.
     *
     * @param kind    {@code scenario} or {@code property}
     * @param name    its name
     * @param where   a scenario's feature file and line, a property's class and method
     * @param clauses its clause ids
     */
    public record Check(String kind, String name, String where, List<String> clauses) {
        /** Copies the clause list. */
        public Check {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * A loop under test.
     *
     * @param id             its identifier ({@code python:uvloop})
     * @param implementation what it says it is
     */
    public record LoopInfo(String id, String implementation) {
    }

    /**
     * How a property's program is rebuilt.
     *
     * @param id     the property's id in the kit
     * @param recipe the integers the program is decoded from (shrunk)
     * @param seed   the seed of the run that found it
     */
    public record PropertyRecipe(String id, List<Integer> recipe, long seed) {
        /** Copies the recipe. */
        public PropertyRecipe {
            recipe = List.copyOf(recipe);
        }
    }
}
