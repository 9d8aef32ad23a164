package dev.asynciotck.properties;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.trace.Trace;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * A property: an invariant every program of a family must satisfy on any conforming loop. Each
 * property is declared once, with its name, its clauses and its programs; {@link PropertyCatalog}
 * lists them, and {@link PropertyEngine} makes one test of each.
 *
 * @param name       what it says, e.g. "call_soon is FIFO"
 * @param clauses    the ids of the clauses it checks
 * @param family     the programs it is checked on
 * @param invariant  checks one program's trace; throws {@link AssertionError} when it does not hold
 * @param fewerTries how many times fewer tries than the run's number it gets (large programs: 5)
 * @param where      the file and line it is declared on, e.g.
 *                   {@code property-tests/src/main/java/dev/asynciotck/properties/SchedulingProperties.java:20}
 * @param <P>        the kind of program
 */
public record Property<P extends GeneratedProgram>(String name, List<String> clauses, ProgramFamily<P> family,
                                                   BiConsumer<P, Trace> invariant, int fewerTries, String where) {

    /** Where the properties' sources are, from the top of the repository. */
    static final String SOURCES = "property-tests/src/main/java/";

    /** Copies the list. */
    public Property {
        clauses = List.copyOf(clauses);
    }

    /**
     * @param name      what it says
     * @param clauses   the ids of the clauses it checks
     * @param family    the programs it is checked on
     * @param invariant the check of a trace
     * @param <P>       the kind of program
     * @return a property with the run's number of tries, declared where this is called
     */
    public static <P extends GeneratedProgram> Property<P> of(String name, List<String> clauses, ProgramFamily<P> family,
                                                               BiConsumer<P, Trace> invariant) {
        return new Property<>(name, clauses, family, invariant, 1, declaredAt());
    }

    /** @return this property with a fifth of the tries (for large programs) */
    public Property<P> large() {
        return new Property<>(name, clauses, family, invariant, 5, where);
    }

    /** @return its id in saved cases and test ids: its name in lower case, words joined by '-' */
    public String id() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** @return the check it is */
    public Check check() {
        return new Check(CheckKind.PROPERTY, name, where, clauses);
    }

    /** @return the source file and line of the caller of {@link #of} */
    private static String declaredAt() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getDeclaringClass() != Property.class)
                .findFirst()
                .map(f -> SOURCES + f.getDeclaringClass().getPackageName().replace('.', '/') + "/" + f.getFileName()
                        + ":" + f.getLineNumber())
                .orElse(""));
    }
}
