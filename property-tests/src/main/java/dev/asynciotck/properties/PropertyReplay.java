package dev.asynciotck.properties;

import dev.asynciotck.program.Program;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.trace.Trace;

import java.util.List;
import java.util.Optional;

/**
 * Replays a saved property case: rebuilds the program from its recipe, runs it on a loop and
 * judges the trace by the property's invariant ({@code ./tck replay}).
 */
public final class PropertyReplay {

    private final Property<GeneratedProgram> property;
    private final GeneratedProgram program;

    private PropertyReplay(Property<GeneratedProgram> property, GeneratedProgram program) {
        this.property = property;
        this.program = program;
    }

    /**
     * @param propertyId the property's id
     * @param recipe     the recipe of the program
     * @return the replay
     * @throws IllegalArgumentException naming the known ids when there is no such property, or when
     *                                  the recipe does not decode to a program of it
     */
    @SuppressWarnings("unchecked")
    public static PropertyReplay of(String propertyId, List<Integer> recipe) {
        Property<GeneratedProgram> property = (Property<GeneratedProgram>) PropertyCatalog.find(propertyId)
                .orElseThrow(() -> new IllegalArgumentException("no property '" + propertyId + "' in this kit; its properties are "
                        + PropertyCatalog.ids()));
        try {
            return new PropertyReplay(property, property.family().decode().apply(recipe));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the recipe " + recipe + " is not one of property '" + propertyId + "': " + e, e);
        }
    }

    /** @return the property's name */
    public String name() {
        return property.name();
    }

    /** @return the program the recipe decodes to */
    public Program program() {
        return program.program();
    }

    /**
     * @param loop the loop to run it on
     * @return what the loop did (on a virtual clock when the loop has one)
     */
    public RunOutcome run(TestedLoop loop) {
        return loop.run(program.program(), PropertyCheck.settingsFor(loop));
    }

    /**
     * @param outcome what a loop did with the program
     * @return why the property does not hold, or empty when it holds
     */
    public Optional<String> violation(RunOutcome outcome) {
        return PropertyCheck.violation(property, program, outcome).map(PropertyCheck.Violation::why);
    }

    /** @return the reference loop's trace of the program (for comparison), or null when it gives none */
    public Trace referenceTrace() {
        return PropertyCase.referenceTrace(program);
    }
}
