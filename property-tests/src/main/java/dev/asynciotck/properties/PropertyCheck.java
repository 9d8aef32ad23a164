package dev.asynciotck.properties;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.checks.CheckFailure;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.expectations.ExpectationLedger;
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
import java.util.stream.IntStream;

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
     * How many tries go to the loop at once, between looks for a failure, at first: a loop that
     * breaks the property (or hangs every program) is found after this many.
     */
    static final int BATCH = 64;
    /**
     * The most tries at once: each batch that holds doubles the next, up to this, so that a long
     * campaign pays less for the wait at the end of each batch (and a driver for starting its
     * workers).
     */
    static final int MAX_BATCH = 1024;

    /**
     * Runs a property in two passes over the same seeded sequence of programs.
     *
     * <p>The first pass generates every try's recipe, then goes batch by batch ({@value #BATCH}
     * tries first, each next batch twice as large, up to {@value #MAX_BATCH}): it decodes the
     * batch's recipes into programs on every processor, runs them through
     * {@link TestedLoop#runAll} ({@link PropertySettings#parallel()} at once when the loop can),
     * runs the programs of a differential property ({@link DifferentialProgram}) on the reference
     * loop the same way, checks each trace against every invariant on every processor, and keeps
     * each outcome by its recipe, not the program. It stops after the batch with the first failure:
     * on a loop that makes every program hang, each waits out its budget, and the rest need not.
     *
     * <p>Only if an invariant breaks does QuickTheories go over the sequence again, with the
     * outcomes already obtained, to find the same first failure and shrink it while the first
     * broken invariant still breaks, running each smaller program on the loop. The shrunk program
     * is saved as a case; the failure blames the clauses of the invariants it breaks, and no others.
     *
     * @param property the property
     * @param <P>      the kind of program
     * @throws CheckFailure when it does not hold
     */
    public static <P extends GeneratedProgram> void check(Property<P> property) {
        PropertySettings settings = PropertySettings.fromSettings().fraction(property.fewerTries());
        String name = property.name();
        Gen<P> programs = property.family().programs();
        RunMode run = settings();
        long start = System.nanoTime();
        List<List<Integer>> recipes = new ArrayList<>();
        settings.qt().forAll(property.family().recipes()).checkAssert(recipes::add);
        // the outcome of each try run, by recipe: a batch's programs are dropped once run (a
        // campaign's programs would fill the heap), their recipes and outcomes are kept for the
        // second pass
        Map<List<Integer>, RunOutcome> known = new HashMap<>();
        int ran = 0;
        int firstFailure = -1;
        P first = null;
        RunOutcome firstOutcome = null;
        for (int from = 0, size = BATCH; from < recipes.size() && firstFailure < 0; from += size,
                size = Math.min(2 * size, MAX_BATCH)) {
            List<P> batch = recipes.subList(from, Math.min(recipes.size(), from + size)).parallelStream()
                    .map(property.family().decode()).toList();
            List<RunOutcome> outcomes = loop().runAll(batch.stream().map(GeneratedProgram::program).toList(),
                    run.withParallel(settings.parallel()));
            if (!batch.isEmpty() && batch.get(0) instanceof DifferentialProgram) {
                // the reference loop's traces, as many at once as on the loop under test, before the checks ask for them
                PropertyCase.knowReferences(batch.stream().map(DifferentialProgram.class::cast).toList(),
                        settings.parallel());
            }
            int failing = IntStream.range(0, batch.size()).parallel()
                    .filter(i -> violation(property, batch.get(i), outcomes.get(i)).isPresent())
                    .findFirst().orElse(-1);
            for (int i = 0; i < batch.size(); i++) {
                known.put(batch.get(i).recipe(), outcomes.get(i));
            }
            ran += batch.size();
            if (failing >= 0) {
                firstFailure = from + failing;
                first = batch.get(failing);
                firstOutcome = outcomes.get(failing);
            }
        }
        Throughput.add(name, ran, System.nanoTime() - start);
        if (firstFailure < 0) {
            return;
        }
        Violation found = violation(property, first, firstOutcome).orElseThrow();
        if (ExpectationLedger.forChecks().expectations().covering(name, found.clauses()).isPresent()) {
            throw failure(property, first, firstOutcome, found, settings.seed(),
                    "property '" + name + "' does not hold on " + loop().id() + " (try " + (firstFailure + 1) + " of "
                            + recipes.size() + ", not shrunk: it is expected to fail); replay with: "
                            + settings.replayArguments() + "\n" + found.why() + "\nprogram:" + first + "\noutcome: "
                            + firstOutcome, true);
        }
        String target = found.clauses().get(0);
        List<P> failing = new ArrayList<>();
        Map<P, RunOutcome> seen = new HashMap<>();
        try {
            settings.qt().forAll(programs).checkAssert(p -> {
                RunOutcome outcome = known.remove(p.recipe());
                outcome = outcome != null ? outcome : loop().run(p.program(), run);
                seen.put(p, outcome);
                Optional<Violation> why = violation(property, p, outcome);
                if (why.isPresent() && why.get().clauses().contains(target)) {
                    failing.add(p);
                    throw new AssertionError(why.get().why() + (outcome instanceof RunOutcome.Traced traced
                            ? "\ntrace:\n" + indent(traced.trace().toString()) : ""));
                }
            });
        } catch (AssertionError e) {
            // QuickTheories goes on from a smaller failing program only: the last failing one is the shrunk one
            P shrunk = failing.get(failing.size() - 1);
            Violation broken = violation(property, shrunk, seen.get(shrunk)).orElseThrow();
            throw failure(property, shrunk, seen.get(shrunk), broken, settings.seed(), "property '" + name
                    + "' does not hold on " + loop().id() + " (" + loop().implementation() + ")\nreplay with: "
                    + settings.replayArguments() + (virtualTime() ? " (virtual clock)" : "") + "\n" + e.getMessage(),
                    false);
        }
        throw new AssertionError("property '" + name + "' failed on a program of the batch run on " + loop().id()
                + " but held when QuickTheories ran the same programs again (a flaky loop or check); replay with: "
                + settings.replayArguments());
    }

    /** Saves the case and makes the failure, blaming the clauses of the broken invariants. */
    private static <P extends GeneratedProgram> CheckFailure failure(Property<P> property, P program, RunOutcome outcome,
                                                                    Violation broken, long seed, String message,
                                                                    boolean expected) {
        String reason = "property '" + property.name() + "': " + broken.why().lines().findFirst().orElse(broken.why());
        Failure failure = PropertyCase.save(property, program, outcome, broken.clauses(), reason, expected, seed);
        return new CheckFailure(message + CaseDirectory.ofRun().describe(failure), failure);
    }

    /** @return how programs run: on a virtual clock when the loop under test has one, one at a time */
    static RunMode settings() {
        return settingsFor(loop());
    }

    /**
     * @param loop a loop
     * @return how programs run on it: on a virtual clock when it has one, one at a time, unwatched
     *         (no invariant reads what a program leaves behind: that is the scenarios' RESOURCE-*
     *         checks)
     */
    public static RunMode settingsFor(TestedLoop loop) {
        RunMode run = loop.capabilities().contains(Capability.VIRTUAL_TIME) ? RunMode.configured().withVirtualTime()
                : RunMode.configured();
        return run.unwatched();
    }

    /**
     * The invariants of a property a program's outcome breaks.
     *
     * @param clauses the clauses of the broken invariants (every clause of the property when the
     *                program gave no trace: no invariant could be judged)
     * @param why     what broke, one line per invariant
     */
    record Violation(List<String> clauses, String why) {
    }

    /**
     * @param property the property
     * @param p        a program
     * @param outcome  what the loop did with it
     * @param <P>      the kind of program
     * @return the invariants it breaks, or empty when every one holds
     */
    static <P extends GeneratedProgram> Optional<Violation> violation(Property<P> property, P p, RunOutcome outcome) {
        if (!(outcome instanceof RunOutcome.Traced traced)) {
            return Optional.of(new Violation(property.clauses(), "the program did not give a trace: " + outcome));
        }
        List<String> clauses = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        for (Invariant<P> invariant : property.invariants()) {
            try {
                invariant.check().accept(p, traced.trace());
            } catch (AssertionError e) {
                if (!clauses.contains(invariant.clause())) {
                    clauses.add(invariant.clause());
                    why.append(why.length() == 0 ? "" : "\n").append(invariant.clause()).append(": ").append(e.getMessage());
                }
            }
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(new Violation(clauses, why.toString()));
    }

    static String indent(String text) {
        return "    " + text.stripTrailing().replace("\n", "\n    ");
    }
}
