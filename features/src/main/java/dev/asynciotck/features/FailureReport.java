package dev.asynciotck.features;

import dev.asynciotck.checks.Evidence;

/** The message of a failed expectation: the scenario, the program, both traces, and the first divergence. */
final class FailureReport {

    private FailureReport() {
    }

    static String of(String title, Evidence evidence) {
        return title + "\n"
                + "\nprogram:\n" + ProgramSteps.indent(evidence.program().toString())
                + "\n\nexpected trace" + (evidence.anyOrder() ? " (in any order)" : "") + ":\n"
                + ProgramSteps.indent(evidence.expected().toString())
                + "\n\nactual trace:\n" + ProgramSteps.indent(evidence.actual().toString())
                + "\n\n" + evidence.divergence();
    }
}
