package dev.asynciotck.properties;

import dev.asynciotck.trace.Trace;

import java.util.function.BiConsumer;

/**
 * One rule a property checks on each program's trace, with the clause it belongs to: when it
 * breaks, that clause is the one blamed, and no other.
 *
 * @param clause the id of the clause whose rule this is
 * @param check  checks one program's trace; throws {@link AssertionError} when the rule does not hold
 *               (a rule that does not apply to a program returns at once)
 * @param <P>    the kind of program
 */
public record Invariant<P extends GeneratedProgram>(String clause, BiConsumer<P, Trace> check) {

    /**
     * @param clause the clause id
     * @param check  the check
     * @param <P>    the kind of program
     * @return the invariant
     */
    public static <P extends GeneratedProgram> Invariant<P> of(String clause, BiConsumer<P, Trace> check) {
        return new Invariant<>(clause, check);
    }
}
