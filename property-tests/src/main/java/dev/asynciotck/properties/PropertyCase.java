package dev.asynciotck.properties;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.loop.LoopSelector;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Saves the case of a property that does not hold (spec/reports.md): the shrunk program, its
 * recipe, the trace, and for comparison the reference loop's trace of the same program.
 */
final class PropertyCase {

    private static TestedLoop reference;

    private PropertyCase() {
    }

    /**
     * @return the lines to end the failure message with (where the case is, how to replay it), or
     *         "" when no report directory is configured
     */
    static <P extends GeneratedProgram> String save(Property<P> property, P program, RunOutcome outcome, String why,
                                                    boolean expectedFailure, long seed) {
        return CaseDirectory.fromConfiguration().map(cases -> {
            TestedLoop loop = PropertyCheck.loop();
            ExtensionContext context = ExpectationsExtension.current().orElse(null);
            String where = context == null ? property.id()
                    : context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
            List<String> clauses = context == null ? List.of() : List.copyOf(new TreeSet<>(context.getTags()));
            Trace actual = outcome instanceof RunOutcome.Traced traced ? traced.trace() : null;
            Trace expected = referenceTrace(program);
            String divergence = expected == null || actual == null ? null
                    : TraceDiff.compare(expected, actual).map(Object::toString).orElse(null);
            Path file = cases.save(new SavedCase(new SavedCase.Check("property", property.name(), where, clauses),
                    new SavedCase.LoopInfo(loop.id(), loop.implementation().toString()),
                    expectedFailure ? SavedCase.EXPECTED : SavedCase.FAILED, why.lines().findFirst().orElse(why),
                    program.program(), expected, SavedCase.FROM_REFERENCE, false, actual,
                    actual == null ? String.valueOf(outcome) : null, divergence,
                    new SavedCase.PropertyRecipe(property.id(), program.recipe(), seed), ""));
            return "\n\nsaved case: " + file + "\nreplay with: " + CaseDirectory.replayCommand(file, loop.id());
        }).orElse("");
    }

    /** @return the reference loop's trace of the program, or null if it gives none */
    static synchronized Trace referenceTrace(GeneratedProgram program) {
        if (reference == null) {
            reference = LoopSelector.select(LoopSelector.DEFAULT);
        }
        RunOutcome outcome = reference.run(program.program(), PropertyCheck.settingsFor(reference));
        return outcome instanceof RunOutcome.Traced traced ? traced.trace() : null;
    }
}
