package dev.asynciotck.runner;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.CheckOutcome;
import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.expectations.ExpectationLedger;
import dev.asynciotck.expectations.ExpectationsException;
import dev.asynciotck.loop.LoopInfo;
import dev.asynciotck.properties.PropertySettings;
import dev.asynciotck.properties.Throughput;
import dev.asynciotck.report.ReportException;
import dev.asynciotck.report.RunPage;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.ConfiguredLoop;
import dev.asynciotck.settings.Setting;
import dev.asynciotck.settings.SettingException;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * One run of checks against a loop: configures the kit (system properties), runs the selected
 * checks through the JUnit Platform launcher with progress, prints the summary and writes the
 * reports. Shared by {@code tck run} and {@code tck fuzz}.
 */
final class CheckRun {

    private final CommandLine.Model.CommandSpec spec;
    private final PrintStream out = System.out;

    /** @param spec the command that runs (its settings already applied, see {@link SettingOptions#apply}) */
    CheckRun(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * @param clauses    the clauses the run is limited to (empty: all)
     * @param tags       a tag expression the run is limited to (empty: none)
     * @param properties only the properties (fuzz), not the features
     * @return the exit status: 0 when everything passed or failed as expected, else 1
     */
    int execute(List<String> clauses, String tags, boolean properties) {
        ClauseCatalog catalog = ClauseCatalog.load();
        long seed;
        int tries;
        try {
            if (!Setting.SEED.isSet()) {
                Setting.SEED.setFromCommandLine(Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
            }
            seed = Setting.SEED.longValue();
            tries = Setting.TRIES.intValue(1, Integer.MAX_VALUE);
            Setting.PARALLEL.intValue(1, PropertySettings.MAX_PARALLEL);
            Setting.BUDGET.secondsValue();
            Setting.LONG.booleanValue();
        } catch (SettingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path report = Setting.REPORT.path().toAbsolutePath().normalize();
        String loopId = Setting.LOOP.value();
        ExpectationLedger ledger;
        try {
            ledger = ExpectationLedger.startRun();
        } catch (ExpectationsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Setting.EXPECTATIONS.origin() + ": " + e.getMessage());
        }
        String implementation;
        try {
            implementation = ConfiguredLoop.get().implementation().toString();
        } catch (LoopSelectionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Setting.LOOP.origin() + ": " + e.getMessage());
        }
        clearOldReport(report);
        out.println("loop under test: " + loopId + " (" + implementation + ")");
        out.println("properties: seed " + seed + ", " + tries + " programs each (replay a run with --seed " + seed + ")");
        Instant started = Instant.now();
        Throughput.startRun();
        LauncherDiscoveryRequest request = CheckSuite.request(new CheckSuite.Scope(!properties, true, clauses, tags,
                report));
        boolean terminal = System.console() != null;
        Setting.QUIET_THROUGHPUT.setFromCommandLine(Boolean.toString(terminal));
        RunListener listener = new RunListener(out, terminal, catalog);
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            ConfiguredLoop.close();
        }
        List<CheckOutcome> outcomes = new ArrayList<>(listener.outcomes());
        String expectations = Setting.EXPECTATIONS.isSet() ? Setting.EXPECTATIONS.value() : null;
        for (String pass : ledger.unexpectedPasses()) {
            outcomes.add(new CheckOutcome(new Check(CheckKind.SUITE, "unexpected pass", expectations, List.of()),
                    Verdict.FAILED, List.of(), pass, null));
        }
        for (String failure : ledger.unexplainedFailures()) {
            outcomes.add(new CheckOutcome(new Check(CheckKind.SUITE, "unexplained failure", expectations, List.of()),
                    Verdict.FAILED, List.of(), failure, null));
        }
        Summary summary = new Summary(catalog, outcomes);
        summary.print(out);
        if (outcomes.stream().anyMatch(o -> o.check().kind() == CheckKind.PROPERTY)) {
            out.println();
            out.println("properties ran " + Throughput.total() + " on " + loopId);
        }
        printSkipReasons(outcomes);
        ledger.summary().forEach(out::println);
        long failed = outcomes.stream().filter(o -> o.verdict() == Verdict.FAILED).count();
        int exit = failed == 0 ? 0 : 1;
        RunInfo info = new RunInfo(new LoopInfo(loopId, implementation), started,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, clauses, tags, seed, tries,
                expectations, exit);
        writeReports(report, info, catalog, summary, outcomes);
        out.println();
        out.println((exit == 0 ? "PASSED" : "FAILED") + ": " + outcomes.size() + " checks, " + failed + " failed"
                + (ledger.unexpectedPasses().isEmpty() ? "" : " (" + ledger.unexpectedPasses().size() + " unexpected pass(es))")
                + "; report: " + report.resolve("index.html"));
        return exit;
    }

    /** Saved cases and pages of an earlier run in the same directory would be taken for this run's. */
    private static void clearOldReport(Path report) {
        try {
            Path cases = report.resolve("cases");
            if (Files.isDirectory(cases)) {
                try (Stream<Path> files = Files.walk(cases)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.deleteIfExists(report.resolve("summary.json"));
            Files.deleteIfExists(report.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the earlier report in " + report + ": " + e.getMessage(), e);
        }
    }

    private void printSkipReasons(List<CheckOutcome> outcomes) {
        Map<String, Integer> reasons = new TreeMap<>();
        outcomes.stream().filter(o -> o.verdict() == Verdict.SKIPPED)
                .forEach(o -> reasons.merge(o.reason().isBlank() ? "(no reason given)" : o.reason(), 1, Integer::sum));
        if (!reasons.isEmpty()) {
            out.println();
            out.println("skipped checks, by reason:");
            reasons.forEach((why, n) -> out.println("  " + n + " × " + why));
        }
    }

    private void writeReports(Path report, RunInfo info, ClauseCatalog catalog, Summary summary, List<CheckOutcome> outcomes) {
        try {
            SummaryJson.write(report.resolve("summary.json"), info, catalog, summary, outcomes);
            RunPage.write(report);
        } catch (IOException | ReportException e) {
            out.println("could not write the report in " + report + ": " + e.getMessage());
        }
    }
}
