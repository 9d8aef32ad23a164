package dev.asynciotck.checks;

import dev.asynciotck.program.Program;
import dev.asynciotck.trace.Trace;

import java.util.Objects;

/**
 * What shows that a check failed: the program, the trace it should have given and the one it
 * gave, where they first diverge, or what happened instead of a trace.
 *
 * @param program        the program that shows it
 * @param expected       the expected trace, or null: the scenario's, or the reference loop's for a
 *                       property (for comparison only: the property's invariant decides)
 * @param expectedSource where {@code expected} comes from: {@value #FROM_SCENARIO} or
 *                       {@value #FROM_REFERENCE}
 * @param anyOrder       whether the expected events may come in any order
 * @param actual         the trace the loop gave, or null when it gave none
 * @param fault          when it gave none, what happened instead; when its trace was right, what
 *                       the run left behind (RESOURCE-*); else null
 * @param divergence     the first divergence of {@code actual} from {@code expected}, or null
 */
public record Evidence(Program program, Trace expected, String expectedSource, boolean anyOrder, Trace actual,
                       String fault, String divergence) {

    /** {@code expectedSource} of a scenario's expected trace. */
    public static final String FROM_SCENARIO = "scenario";
    /** {@code expectedSource} of a property's comparison trace. */
    public static final String FROM_REFERENCE = "reference loop";

    /** Checks that there is a program. */
    public Evidence {
        Objects.requireNonNull(program, "program");
    }
}
