package dev.asynciotck.properties;

import dev.asynciotck.trace.Trace;

import java.util.List;

/**
 * A program whose property compares its trace with the reference loop's trace of the same program
 * (a differential property). {@link PropertyCheck} runs a batch of them on the reference loop at
 * once, as many at a time as it runs them on the loop under test, before their traces are checked;
 * a program made another way (a shrunk one, a replayed case) runs on the reference loop when its
 * trace is first asked for.
 */
abstract class DifferentialProgram extends TextProgram {

    private Trace reference;
    private boolean known;

    DifferentialProgram(List<Integer> recipe) {
        super(recipe);
    }

    /** @return the reference loop's trace of this program (null if it gave none), computed once */
    final synchronized Trace reference() {
        if (!known) {
            knowReference(PropertyCase.referenceTrace(this));
        }
        return reference;
    }

    /** @param trace the reference loop's trace of this program, or null if it gave none */
    final synchronized void knowReference(Trace trace) {
        reference = trace;
        known = true;
    }
}
