package dev.asynciotck.features;

import dev.asynciotck.program.Program;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;

/** The message of a failed expectation: clause, program, both traces, and the first divergence. */
final class FailureReport {

    private FailureReport() {
    }

    static String of(String clauseLine, Program program, Trace expected, Trace actual,
                     TraceDiff.Divergence divergence, boolean anyOrder) {
        return clauseLine + "\n"
                + "\nprogram:\n" + ProgramSteps.indent(program.toString())
                + "\n\nexpected trace" + (anyOrder ? " (in any order)" : "") + ":\n"
                + ProgramSteps.indent(expected.toString())
                + "\n\nactual trace:\n" + ProgramSteps.indent(actual.toString())
                + "\n\n" + divergence;
    }
}
