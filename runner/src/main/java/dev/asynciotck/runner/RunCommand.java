package dev.asynciotck.runner;

import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.UnknownClauseException;
import dev.asynciotck.expectations.ExpectationLedger;
import dev.asynciotck.expectations.ExpectationsException;
import dev.asynciotck.sut.LoopSelectionException;
import dev.asynciotck.sut.LoopSelector;
import dev.asynciotck.sut.LoopUnderTest;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tck run}: the features and the properties against one loop, with a summary at the end. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the features and the properties against a loop and prints a summary per area and level.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--loop", paramLabel = "ID", defaultValue = "reference",
            description = "the loop under test: reference, java:<class>, python:asyncio, python:uvloop, "
                    + "python:<module>:<callable> (default: ${DEFAULT-VALUE})")
    private String loop;

    @Option(names = "--python", paramLabel = "PATH", description = "the Python interpreter for python:... loops (default: python3)")
    private String python;

    @Option(names = "--clauses", paramLabel = "ID", split = ",", description = "only the checks of these clauses")
    private List<String> clauses;

    @Option(names = "--tags", paramLabel = "EXPR", description = "only the checks matching this JUnit tag expression, "
            + "e.g. 'LOOP-SOON-1 | LOOP-TIMER-1'")
    private String tags;

    @Option(names = "--expectations", paramLabel = "FILE", description = "the known failures of the loop (spec/expectations.md)")
    private Path expectations;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "target/tck-report",
            description = "where the cucumber reports go (default: ${DEFAULT-VALUE})")
    private Path report;

    @Option(names = "--seed", paramLabel = "N", description = "the seed of the properties (replays a run)")
    private Long seed;

    @Option(names = "--tries", paramLabel = "N", description = "programs per property (default: 200)")
    private Integer tries;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ClauseCatalog catalog = ClauseCatalog.load();
        configure(catalog);
        ExpectationLedger ledger;
        try {
            ledger = ExpectationLedger.shared();
        } catch (ExpectationsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expectations: " + e.getMessage());
        }
        try (LoopUnderTest selected = LoopSelector.select(loop)) {
            System.out.println("loop under test: " + selected.id() + " (" + selected.implementation() + ")");
        } catch (LoopSelectionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--loop: " + e.getMessage());
        }
        LauncherDiscoveryRequest request = CheckSelection.request(report, clauses, tags);
        RunListener listener = new RunListener(System.out, System.console() != null, catalog);
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, listener);
        Summary summary = new Summary(catalog, listener.outcomes());
        summary.print(System.out);
        ledger.summary().forEach(System.out::println);
        int unexpectedPasses = ledger.unexpectedPasses().size();
        long failedChecks = listener.outcomes().stream().filter(o -> o.status() == CheckOutcome.Status.FAILED).count();
        System.out.println();
        System.out.println((failedChecks == 0 && unexpectedPasses == 0 ? "PASSED" : "FAILED") + ": "
                + listener.outcomes().size() + " checks, " + failedChecks + " failed, " + unexpectedPasses
                + " unexpected pass(es); reports in " + report);
        return failedChecks == 0 && unexpectedPasses == 0 ? 0 : 1;
    }

    private void configure(ClauseCatalog catalog) {
        if (clauses != null) {
            for (String id : clauses) {
                try {
                    catalog.require(id);
                } catch (UnknownClauseException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--clauses: " + e.getMessage());
                }
            }
        }
        System.setProperty("tck.loop", loop);
        if (python != null) {
            System.setProperty("tck.python", python);
        }
        if (expectations != null) {
            System.setProperty("tck.expectations", expectations.toAbsolutePath().toString());
        }
        if (seed != null) {
            System.setProperty("tck.seed", seed.toString());
        }
        if (tries != null) {
            System.setProperty("tck.tries", tries.toString());
        }
    }
}
