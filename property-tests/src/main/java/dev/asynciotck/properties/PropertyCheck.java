package dev.asynciotck.properties;

import dev.asynciotck.expectations.Expectation;
import dev.asynciotck.expectations.ExpectationLedger;
import dev.asynciotck.program.Program;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.ConfiguredLoop;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;
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

    private PropertyCheck() {
    }

    /** @return the loop under test of this run, selected from {@code tck.loop} (see {@link ConfiguredLoop}) */
    public static TestedLoop loop() {
        return ConfiguredLoop.get();
    }

    /** @return whether programs run on a virtual clock (when the loop under test has one) */
    public static boolean virtualTime() {
        return loop().capabilities().contains(Capability.VIRTUAL_TIME);
    }

    /**
     * Runs a property in two passes over the same seeded sequence of programs. The first pass
     * generates every try, runs them all in one {@link TestedLoop#runAll} (batched, and
     * {@link PropertySettings#parallel()} at once when the loop can) and checks each trace. Only if
     * one fails does QuickTheories go over the sequence again, with the traces already obtained, to
     * find the same first failure and shrink it, running each smaller program on the loop. The
     * shrunk program is saved as a case (when a report directory is set).
     *
     * @param property the property
     * @param <P>      the kind of program
     */
    public static <P extends GeneratedProgram> void check(Property<P> property) {
        PropertySettings settings = PropertySettings.fromSettings().fraction(property.fewerTries());
        String name = property.name();
        Gen<P> programs = property.family().programs();
        BiConsumer<P, Trace> invariant = property.invariant();
        RunMode run = settings();
        List<P> tries = new ArrayList<>();
        settings.qt().forAll(programs).checkAssert(tries::add);
        long start = System.nanoTime();
        List<RunOutcome> outcomes = loop().runAll(tries.stream().map(GeneratedProgram::program).toList(),
                run.withParallel(settings.parallel()));
        Throughput.add(name, tries.size(), System.nanoTime() - start);
        Map<Program, RunOutcome> known = new HashMap<>();
        int firstFailure = -1;
        for (int i = 0; i < tries.size(); i++) {
            known.put(tries.get(i).program(), outcomes.get(i));
            if (firstFailure < 0 && violation(tries.get(i), outcomes.get(i), invariant).isPresent()) {
                firstFailure = i;
            }
        }
        if (firstFailure < 0) {
            return;
        }
        Optional<Expectation> expected = ExpectationLedger.forChecks().expectations()
                .covering(property.name(), property.clauses());
        if (expected.isPresent()) {
            P p = tries.get(firstFailure);
            String why = violation(p, outcomes.get(firstFailure), invariant).orElseThrow();
            throw new AssertionError("property '" + name + "' does not hold on " + loop().id() + " (try "
                    + (firstFailure + 1) + " of " + tries.size() + ", not shrunk: " + expected.get().key()
                    + " is expected to fail); replay with: " + settings.replayArguments() + "\n" + why + "\nprogram:"
                    + p + "\noutcome: " + outcomes.get(firstFailure)
                    + PropertyCase.save(property, p, outcomes.get(firstFailure), why, true, settings.seed()));
        }
        List<P> failing = new ArrayList<>();
        Map<P, RunOutcome> seen = new HashMap<>();
        try {
            settings.qt().forAll(programs).checkAssert(p -> {
                RunOutcome outcome = known.remove(p.program());
                outcome = outcome != null ? outcome : loop().run(p.program(), run);
                seen.put(p, outcome);
                Optional<String> why = violation(p, outcome, invariant);
                if (why.isPresent()) {
                    failing.add(p);
                    throw new AssertionError(why.get() + (outcome instanceof RunOutcome.Traced traced
                            ? "\ntrace:\n" + indent(traced.trace().toString()) : ""));
                }
            });
        } catch (AssertionError e) {
            // QuickTheories goes on from a smaller failing program only: the last failing one is the shrunk one
            P shrunk = failing.get(failing.size() - 1);
            String why = violation(shrunk, seen.get(shrunk), invariant).orElseThrow();
            throw new AssertionError("property '" + name + "' does not hold on " + loop().id() + " ("
                    + loop().implementation() + ")\nreplay with: " + settings.replayArguments()
                    + (virtualTime() ? " (virtual clock)" : "") + "\n" + e.getMessage()
                    + PropertyCase.save(property, shrunk, seen.get(shrunk), why, false, settings.seed()), e);
        }
        throw new AssertionError("property '" + name + "' failed on a program of the batch run on " + loop().id()
                + " but held when QuickTheories ran the same programs again (a flaky loop or check); replay with: "
                + settings.replayArguments());
    }

    /** @return how programs run: on a virtual clock when the loop under test has one, one at a time */
    static RunMode settings() {
        return settingsFor(loop());
    }

    /**
     * @param loop a loop
     * @return how programs run on it: on a virtual clock when it has one, one at a time
     */
    public static RunMode settingsFor(TestedLoop loop) {
        return loop.capabilities().contains(Capability.VIRTUAL_TIME) ? RunMode.DEFAULT.withVirtualTime()
                : RunMode.DEFAULT;
    }

    /**
     * @param p         a program
     * @param outcome   what the loop did with it
     * @param invariant the property's check
     * @param <P>       the kind of program
     * @return why the property does not hold for it (one line first), or empty when it holds
     */
    static <P extends GeneratedProgram> Optional<String> violation(P p, RunOutcome outcome, BiConsumer<P, Trace> invariant) {
        if (!(outcome instanceof RunOutcome.Traced traced)) {
            return Optional.of("the program did not give a trace: " + outcome);
        }
        try {
            invariant.accept(p, traced.trace());
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    static String indent(String text) {
        return "    " + text.stripTrailing().replace("\n", "\n    ");
    }
}
