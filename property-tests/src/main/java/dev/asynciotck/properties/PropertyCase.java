package dev.asynciotck.properties;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.loop.LoopSelector;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;

import java.util.List;

/**
 * Saves the case of a property that does not hold (spec/reports.md): the shrunk program, its
 * recipe, the trace, and for comparison the reference loop's trace of the same program.
 */
final class PropertyCase {

    private static TestedLoop reference;

    private PropertyCase() {
    }

    /**
     * @param clauses the clauses of the invariants the program breaks
     * @param reason  one line: what broke
     * @return the failure, pointing at the saved case
     */
    static <P extends GeneratedProgram> Failure save(Property<P> property, P program, RunOutcome outcome,
                                                     List<String> clauses, String reason, boolean expectedFailure,
                                                     long seed) {
        Trace actual = outcome instanceof RunOutcome.Traced traced ? traced.trace() : null;
        Trace expected = referenceTrace(program);
        String divergence = expected == null || actual == null ? null
                : TraceDiff.compare(expected, actual).map(Object::toString).orElse(null);
        Evidence evidence = new Evidence(program.program(), expected, Evidence.FROM_REFERENCE, false, actual,
                actual == null ? String.valueOf(outcome) : null, divergence);
        return CaseDirectory.ofRun().saveFailure(new SavedCase(property.check(), PropertyCheck.loop().info(),
                expectedFailure ? Verdict.EXPECTED : Verdict.FAILED, reason, evidence,
                new SavedCase.PropertyRecipe(property.id(), program.recipe(), seed), ""), clauses, reason);
    }

    /** @return the reference loop's trace of the program, or null if it gives none */
    static synchronized Trace referenceTrace(GeneratedProgram program) {
        TestedLoop loop = reference();
        return traceOf(loop.run(program.program(), PropertyCheck.settingsFor(loop)));
    }

    /**
     * Runs programs on the reference loop, {@code parallel} at once, and gives each its trace
     * ({@link DifferentialProgram#knowReference}).
     *
     * @param programs the programs of a batch
     * @param parallel how many run at once
     */
    static synchronized void knowReferences(List<? extends DifferentialProgram> programs, int parallel) {
        TestedLoop loop = reference();
        List<RunOutcome> outcomes = loop.runAll(programs.stream().map(GeneratedProgram::program).toList(),
                PropertyCheck.settingsFor(loop).withParallel(parallel));
        for (int i = 0; i < programs.size(); i++) {
            programs.get(i).knowReference(traceOf(outcomes.get(i)));
        }
    }

    private static TestedLoop reference() {
        if (reference == null) {
            reference = LoopSelector.select(LoopSelector.DEFAULT);
        }
        return reference;
    }

    private static Trace traceOf(RunOutcome outcome) {
        return outcome instanceof RunOutcome.Traced traced ? traced.trace() : null;
    }
}
