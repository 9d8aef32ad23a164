package dev.asynciotck.seededbugs;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.Level;
import dev.asynciotck.settings.Setting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that every MUST clause's checks can fail for the right reason: the kit, run on the
 * seeded-bug loop of a clause (only that clause's checks and those of the clauses it relies on),
 * must report the clause as a root cause. A clause whose checks pass on its own seeded bug has
 * checks too weak; strengthen them, never weaken the bug. The control loops the seeded bugs are
 * made from must pass the whole kit, so that a bug is the only thing a seeded loop gets wrong.
 *
 * <p>The runs go two or more at once (a worker JVM per core, {@link ProofWorkers}), each with one
 * Python driver; the controls, the longest, go first.
 */
class SeededBugProofsTest {

    /** The loops the seeded bugs are made from: each conforms (see {@code README.md}). */
    private static final List<SeededLoop> CONTROLS = List.of(new SeededLoop("_base"), new SeededLoop("_futures_tasks"),
            new SeededLoop("_subprocess"));

    private static final Path REPORTS = Path.of("target", "seeded-bug-runs");

    /**
     * The seed of the proofs' properties, unless {@code tck.seed} gives one: a proof is the same
     * run each time, and its command (in a failure's message) replays it.
     */
    private static final long SEED = 12;

    /**
     * Programs per property in a proof, as in mutation testing: a seeded bug that a property
     * finds is found by its first programs, and the properties were most of the proofs' time at
     * the kit's default of 200. The controls run the default.
     */
    private static final int PROOF_TRIES = 50;

    private static final ClauseCatalog CATALOG = ClauseCatalog.load();

    /** The MUST clauses that have a seeded-bug loop. */
    private static final List<Clause> SEEDED = mustClauses().stream().filter(c -> SeededLoop.of(c.id()).exists()).toList();

    /** Each control's run, in the order of {@link #CONTROLS}. */
    private static List<CompletableFuture<KitRun>> controlRuns;

    /** Each seeded bug's run, in the order of {@link #SEEDED}; null where this machine has no Python the clause holds for. */
    private static List<CompletableFuture<KitRun>> proofRuns;

    private static List<Clause> mustClauses() {
        return CATALOG.clauses().stream().filter(c -> c.level() == Level.MUST && !c.retired()).toList();
    }

    /** Starts every run at once, the controls first, so that each test waits only for its own. */
    @BeforeAll
    static void startRuns() {
        ProofWorkers workers = new ProofWorkers(REPORTS);
        long seed = Setting.SEED.isSet() ? Setting.SEED.longValue() : SEED;
        controlRuns = CONTROLS.stream().map(l -> workers.submit(
                new KitRun.Request(l, List.of(), Setting.PYTHON.value(), seed, Setting.TRIES.intValue(1, Integer.MAX_VALUE),
                        REPORTS.resolve(l.module())))).toList();
        proofRuns = new ArrayList<>();
        for (Clause c : SEEDED) {
            List<String> scope = new ArrayList<>(List.of(c.id()));
            scope.addAll(CATALOG.reliedOn(c.id()));
            SeededLoop loop = SeededLoop.of(c.id());
            proofRuns.add(PythonFor.clause(c).map(python -> workers.submit(
                    new KitRun.Request(loop, scope, python, seed, PROOF_TRIES, REPORTS.resolve(loop.module())))).orElse(null));
        }
        workers.start(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void everyMustClauseHasASeededBugLoop() {
        List<String> missing = mustClauses().stream().map(c -> SeededLoop.of(c.id()))
                .filter(l -> !l.exists()).map(l -> l.clause().orElseThrow() + " (" + l.file() + ")").toList();
        assertEquals(List.of(), missing, "MUST clauses without a seeded-bug loop (see seeded-bugs/README.md)");
    }

    @Test
    void everySeededBugLoopBreaksAMustClause() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeededLoop.PYTHON_FOLDER.resolve(SeededLoop.PACKAGE))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                SeededLoop loop = new SeededLoop(f.getFileName().toString().replaceFirst("\\.py$", ""));
                boolean known = loop.clause().map(id -> CATALOG.find(id).map(c -> c.level() == Level.MUST).orElse(false))
                        .orElse(true);
                if (!known) {
                    orphans.add(f + " (" + loop.clause().orElseThrow() + " is not a MUST clause)");
                }
            }
        }
        assertEquals(List.of(), orphans, "seeded-bug modules named after no MUST clause");
    }

    @TestFactory
    Stream<DynamicTest> theControlLoopsPassEveryCheck() {
        return CONTROLS.stream().map(control -> DynamicTest.dynamicTest(control.module() + " passes every check",
                () -> {
                    KitRun r = controlRuns.get(CONTROLS.indexOf(control)).join();
                    assertEquals(0, r.exit(), () -> r.loop().file() + " is a control: it must pass the whole kit; "
                            + "the seeded-bug loops are copies of CPython 3.11's loop and futures (run with "
                            + "-Dtck.python=<a CPython 3.11>)" + r.evidence());
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachMustClauseIsARootCauseOfItsSeededBug() {
        return SEEDED.stream().map(c -> DynamicTest.dynamicTest(c.id() + " is a root cause of "
                + SeededLoop.of(c.id()).file(), () -> {
                    CompletableFuture<KitRun> run = proofRuns.get(SEEDED.indexOf(c));
                    Assumptions.assumeTrue(run != null, () -> c.id() + " holds for Python " + c.python()
                            + ", and this machine has no such interpreter (" + Setting.PYTHON.value()
                            + ", python3.N on the PATH, pyenv): its seeded bug is not run here");
                    KitRun r = run.join();
                    assertTrue(r.rootCauses().contains(c.id()), () -> c.id() + " is not among the root causes "
                            + r.rootCauses() + " the kit reports on its seeded bug (verdict: " + r.verdictOf(c.id())
                            + "): its checks are too weak, or it relies on a clause that does not say so" + r.evidence());
                }));
    }
}
