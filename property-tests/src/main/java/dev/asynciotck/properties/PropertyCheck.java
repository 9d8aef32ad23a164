package dev.asynciotck.properties;

import dev.asynciotck.expectations.Expectation;
import dev.asynciotck.program.Program;
import dev.asynciotck.sut.Capability;
import dev.asynciotck.sut.LoopSelector;
import dev.asynciotck.sut.LoopUnderTest;
import dev.asynciotck.sut.RunOutcome;
import dev.asynciotck.sut.RunSettings;
import dev.asynciotck.trace.Trace;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Runs the property in two passes over the same seeded sequence of programs. The first pass
     * generates every try, runs them all in one {@link LoopUnderTest#runAll} (batched, and
     * {@link PropertySettings#parallel()} at once when the loop can) and checks each trace. Only if
     * one fails does QuickTheories go over the sequence again, with the traces already obtained, to
     * find the same first failure and shrink it, running each smaller program on the loop.
     */
    private static <P extends GeneratedProgram> void forAll(String name, Gen<P> programs, BiConsumer<P, Trace> invariant,
                                                           PropertySettings settings) {
        RunSettings run = (virtualTime() ? RunSettings.DEFAULT.withVirtualTime() : RunSettings.DEFAULT)
                .withParallel(settings.parallel());
        List<P> tries = new ArrayList<>();
        settings.qt().forAll(programs).checkAssert(tries::add);
        long start = System.nanoTime();
        List<RunOutcome> outcomes = loop().runAll(tries.stream().map(GeneratedProgram::program).toList(), run);
        Throughput.add(name, tries.size(), System.nanoTime() - start);
        Map<Program, RunOutcome> known = new HashMap<>();
        int firstFailure = -1;
        for (int i = 0; i < tries.size(); i++) {
            known.put(tries.get(i).program(), outcomes.get(i));
            if (firstFailure < 0 && !holdsFor(tries.get(i), outcomes.get(i), invariant)) {
                firstFailure = i;
            }
        }
        if (firstFailure < 0) {
            return;
        }
        Optional<Expectation> expected = ExpectationsExtension.expectedFailureOfCurrent();
        if (expected.isPresent()) {
            P p = tries.get(firstFailure);
            throw new AssertionError("property '" + name + "' does not hold on " + loop().id() + " (try "
                    + (firstFailure + 1) + " of " + tries.size() + ", not shrunk: " + expected.get().key()
                    + " is expected to fail); replay with: " + settings.replayArguments() + "\nprogram:"
                    + p + "\noutcome: " + outcomes.get(firstFailure));
        }
        try {
            settings.qt().forAll(programs).checkAssert(p -> {
                RunOutcome outcome = known.remove(p.program());
                Trace trace = traceOf(outcome != null ? outcome : loop().run(p.program(), run.withParallel(1)));
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
        throw new AssertionError("property '" + name + "' failed on a program of the batch run on " + loop().id()
                + " but held when QuickTheories ran the same programs again (a flaky loop or check); replay with: "
                + settings.replayArguments());
    }

    private static <P extends GeneratedProgram> boolean holdsFor(P p, RunOutcome outcome, BiConsumer<P, Trace> invariant) {
        if (!(outcome instanceof RunOutcome.Traced traced)) {
            return false;
        }
        try {
            invariant.accept(p, traced.trace());
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static Trace traceOf(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.Traced traced) {
            return traced.trace();
        }
        throw new AssertionError("the program did not give a trace: " + outcome);
    }

    static String indent(String text) {
        return "    " + text.stripTrailing().replace("\n", "\n    ");
    }
}
