package dev.asynciotck.features;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.program.Program;
import dev.asynciotck.loop.ConfiguredLoop;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.trace.Trace;

import java.nio.file.Path;
import java.util.List;

/** Saves the case of a scenario the loop under test failed (spec/reports.md), when a report directory is set. */
final class ScenarioCase {

    private ScenarioCase() {
    }

    /**
     * @return the lines to end the failure message with (where the case is, how to replay it), or
     *         "" when no report directory is configured
     */
    static String save(String name, String where, List<String> clauses, boolean expectedFailure, String message,
                       Program program, Trace expected, boolean anyOrder, Trace actual, String fault, String divergence) {
        return CaseDirectory.fromConfiguration().map(cases -> {
            TestedLoop loop = ConfiguredLoop.get();
            Path file = cases.save(new SavedCase(new SavedCase.Check("scenario", name, where, clauses),
                    new SavedCase.LoopInfo(loop.id(), loop.implementation().toString()),
                    expectedFailure ? SavedCase.EXPECTED : SavedCase.FAILED, message, program, expected,
                    SavedCase.FROM_SCENARIO, anyOrder, actual, fault, divergence, null, ""));
            return "\n\nsaved case: " + file + "\nreplay with: " + CaseDirectory.replayCommand(file, loop.id());
        }).orElse("");
    }
}
