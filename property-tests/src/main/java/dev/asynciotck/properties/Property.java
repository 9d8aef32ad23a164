package dev.asynciotck.properties;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;

import dev.asynciotck.loop.Capability;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * A property: invariants every program of a family must satisfy on any conforming loop, each
 * carrying its own clause. Each property is declared once, with its name, its invariants and its
 * programs; {@link PropertyCatalog} lists them, and {@link PropertyEngine} makes one test of each,
 * tagged with the clauses of its invariants. A failure blames the clauses of the invariants that
 * broke, and no others.
 *
 * @param name       what it says, e.g. "call_soon is FIFO"
 * @param family     the programs it is checked on
 * @param invariants the rules checked on each program's trace, each with its clause
 * @param fewerTries how many times fewer tries than the run's number it gets (large programs: 5)
 * @param needs      the capabilities a loop must have for it to run (skipped, with the reason, otherwise)
 * @param where      the file and line it is declared on, e.g.
 *                   {@code property-tests/src/main/java/dev/asynciotck/properties/SchedulingProperties.java:20}
 * @param <P>        the kind of program
 */
public record Property<P extends GeneratedProgram>(String name, ProgramFamily<P> family, List<Invariant<P>> invariants,
                                                   int fewerTries, Set<Capability> needs, String where) {

    /** Where the properties' sources are, from the top of the repository. */
    static final String SOURCES = "property-tests/src/main/java/";

    /** Copies the list. */
    public Property {
        invariants = List.copyOf(invariants);
        needs = Set.copyOf(needs);
    }

    /**
     * @param name       what it says
     * @param family     the programs it is checked on
     * @param invariants the rules, each with its clause
     * @param <P>        the kind of program
     * @return a property with the run's number of tries, declared where this is called
     */
    @SafeVarargs
    public static <P extends GeneratedProgram> Property<P> of(String name, ProgramFamily<P> family,
                                                               Invariant<P>... invariants) {
        return new Property<>(name, family, List.of(invariants), 1, Set.of(), declaredAt());
    }

    /** @return this property with a fifth of the tries (for large programs) */
    public Property<P> large() {
        return new Property<>(name, family, invariants, 5, needs, where);
    }

    /**
     * @param capability what a loop must have for this property to run
     * @return this property, skipped on loops without it
     */
    public Property<P> needing(Capability capability) {
        Set<Capability> all = new java.util.HashSet<>(needs);
        all.add(capability);
        return new Property<>(name, family, invariants, fewerTries, all, where);
    }

    /** @return the ids of the clauses of its invariants, each once, in order */
    public List<String> clauses() {
        return invariants.stream().map(Invariant::clause).distinct().toList();
    }

    /** @return its id in saved cases and test ids: its name in lower case, words joined by '-' */
    public String id() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** @return the check it is */
    public Check check() {
        return new Check(CheckKind.PROPERTY, name, where, clauses());
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
