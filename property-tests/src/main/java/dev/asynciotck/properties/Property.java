package dev.asynciotck.properties;

import dev.asynciotck.trace.Trace;

import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * A property: an invariant every program of a family must satisfy on any conforming loop.
 *
 * @param name      what it says, e.g. "call_soon is FIFO"
 * @param family    the programs it is checked on
 * @param invariant checks one program's trace; throws {@link AssertionError} when it does not hold
 * @param fewerTries how many times fewer tries than the run's number it gets (large programs: 5)
 * @param <P>       the kind of program
 */
public record Property<P extends GeneratedProgram>(String name, ProgramFamily<P> family, BiConsumer<P, Trace> invariant,
                                                   int fewerTries) {

    /**
     * @param name      what it says
     * @param family    the programs it is checked on
     * @param invariant the check of a trace
     * @param <P>       the kind of program
     * @return a property with the run's number of tries
     */
    public static <P extends GeneratedProgram> Property<P> of(String name, ProgramFamily<P> family,
                                                               BiConsumer<P, Trace> invariant) {
        return new Property<>(name, family, invariant, 1);
    }

    /** @return this property with a fifth of the tries (for large programs) */
    public Property<P> large() {
        return new Property<>(name, family, invariant, 5);
    }

    /** @return its id in saved cases: its name in lower case, words joined by '-' */
    public String id() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
