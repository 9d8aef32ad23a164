package dev.asynciotck.properties;

import dev.asynciotck.sut.Capability;
import dev.asynciotck.sut.LoopSelector;
import dev.asynciotck.sut.LoopUnderTest;
import dev.asynciotck.sut.RunOutcome;
import dev.asynciotck.sut.RunSettings;
import dev.asynciotck.trace.Trace;
import org.quicktheories.core.Gen;

import java.util.function.BiConsumer;

/**
 * Runs a property: generates programs, runs each on the loop under test and applies a check to the
 * trace. On failure the message carries the seed (and the arguments that replay it), the shrunk
 * program, and its trace.
 */
public final class PropertyCheck {

    private static LoopUnderTest loop;

    private PropertyCheck() {
    }

    /** @return the loop under test of this run, selected once from {@code tck.loop} */
    public static synchronized LoopUnderTest loop() {
        if (loop == null) {
            loop = LoopSelector.fromConfiguration();
            LoopUnderTest opened = loop;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "tck-close-loop-under-test"));
        }
        return loop;
    }

    /** @return whether programs run on a virtual clock (when the loop under test has one) */
    public static boolean virtualTime() {
        return loop().capabilities().contains(Capability.VIRTUAL_TIME);
    }

    /**
     * @param name      the property's name, for messages
     * @param programs  the generator of programs
     * @param invariant checks a program's trace; throws {@link AssertionError} when it does not hold
     * @param <P>       the kind of generated program
     */
    public static <P extends GeneratedProgram> void forAll(String name, Gen<P> programs, BiConsumer<P, Trace> invariant) {
        forAll(name, programs, invariant, PropertySettings.fromSystemProperties());
    }

    /**
     * As {@link #forAll(String, Gen, BiConsumer)}, with a fifth of the tries: for large programs.
     *
     * @param name      the property's name, for messages
     * @param programs  the generator of programs
     * @param invariant checks a program's trace
     * @param <P>       the kind of generated program
     */
    public static <P extends GeneratedProgram> void forAllLarge(String name, Gen<P> programs,
                                                               BiConsumer<P, Trace> invariant) {
        forAll(name, programs, invariant, PropertySettings.fromSystemProperties().fraction(5));
    }

    private static <P extends GeneratedProgram> void forAll(String name, Gen<P> programs, BiConsumer<P, Trace> invariant,
                                                           PropertySettings settings) {
        RunSettings run = virtualTime() ? RunSettings.DEFAULT.withVirtualTime() : RunSettings.DEFAULT;
        try {
            settings.qt().forAll(programs).checkAssert(p -> {
                Trace trace = run(p, run);
                try {
                    invariant.accept(p, trace);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\ntrace:\n" + indent(trace.toString()), e);
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError("property '" + name + "' does not hold on " + loop().id() + " ("
                    + loop().implementation() + ")\nreplay with: " + settings.replayArguments()
                    + (virtualTime() ? " (virtual clock)" : "") + "\n" + e.getMessage(), e);
        }
    }

    private static Trace run(GeneratedProgram p, RunSettings settings) {
        RunOutcome outcome = loop().run(p.program(), settings);
        if (outcome instanceof RunOutcome.Traced traced) {
            return traced.trace();
        }
        throw new AssertionError("the program did not give a trace: " + outcome);
    }

    static String indent(String text) {
        return "    " + text.stripTrailing().replace("\n", "\n    ");
    }
}
