package dev.asynciotck.seededbugs;

import dev.asynciotck.clause.Clause;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.Level;
import dev.asynciotck.settings.Setting;
import org.junit.jupiter.api.AfterAll;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * <p>The runs go several at once, each in its own JVM with one Python driver.
 */
class SeededBugProofsTest {

    /** The loops the seeded bugs are made from: each conforms (see {@code README.md}). */
    private static final List<SeededLoop> CONTROLS = List.of(new SeededLoop("_base"), new SeededLoop("_futures_tasks"));

    private static final Path REPORTS = Path.of("target", "seeded-bug-runs");

    private static final ExecutorService RUNS = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    private static final ClauseCatalog CATALOG = ClauseCatalog.load();

    @AfterAll
    static void stopRuns() {
        RUNS.shutdownNow();
    }

    private static List<Clause> mustClauses() {
        return CATALOG.clauses().stream().filter(c -> c.level() == Level.MUST && !c.retired()).toList();
    }

    private static CompletableFuture<KitRun> start(SeededLoop loop, List<String> clauses) {
        return start(loop, clauses, Setting.PYTHON.value());
    }

    private static CompletableFuture<KitRun> start(SeededLoop loop, List<String> clauses, String python) {
        return CompletableFuture.supplyAsync(() -> KitRun.of(loop, clauses, python, REPORTS), RUNS);
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
        List<CompletableFuture<KitRun>> runs = CONTROLS.stream().map(l -> start(l, List.of())).toList();
        return runs.stream().map(run -> DynamicTest.dynamicTest(CONTROLS.get(runs.indexOf(run)).module() + " passes every check",
                () -> {
                    KitRun r = run.join();
                    assertEquals(0, r.exit(), () -> r.loop().file() + " is a control: it must pass the whole kit; "
                            + "the seeded-bug loops are copies of CPython 3.11's loop and futures (run with "
                            + "-Dtck.python=<a CPython 3.11>)" + r.evidence());
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachMustClauseIsARootCauseOfItsSeededBug() {
        List<Clause> clauses = mustClauses().stream().filter(c -> SeededLoop.of(c.id()).exists()).toList();
        List<CompletableFuture<KitRun>> runs = new ArrayList<>();
        for (Clause c : clauses) {
            List<String> scope = new ArrayList<>(List.of(c.id()));
            scope.addAll(CATALOG.reliedOn(c.id()));
            runs.add(PythonFor.clause(c).map(python -> start(SeededLoop.of(c.id()), scope, python)).orElse(null));
        }
        return clauses.stream().map(c -> DynamicTest.dynamicTest(c.id() + " is a root cause of "
                + SeededLoop.of(c.id()).file(), () -> {
                    CompletableFuture<KitRun> run = runs.get(clauses.indexOf(c));
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
