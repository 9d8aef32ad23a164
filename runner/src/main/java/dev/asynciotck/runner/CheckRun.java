package dev.asynciotck.runner;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.expectations.ExpectationLedger;
import dev.asynciotck.expectations.ExpectationsException;
import dev.asynciotck.properties.Throughput;
import dev.asynciotck.report.ReportException;
import dev.asynciotck.report.RunPage;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.ConfiguredLoop;
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
import java.util.Set;
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
    private final LoopOptions options;
    private final PrintStream out = System.out;

    CheckRun(CommandLine.Model.CommandSpec spec, LoopOptions options) {
        this.spec = spec;
        this.options = options;
    }

    /**
     * @param clauses      the clauses the run is limited to (empty: all)
     * @param tags         a tag expression the run is limited to (empty: none)
     * @param properties   only the properties (fuzz), not the features
     * @param defaultTries programs per property when {@code --tries} is not given
     * @return the exit status: 0 when everything passed or failed as expected, else 1
     */
    int execute(List<String> clauses, String tags, boolean properties, int defaultTries) {
        ClauseCatalog catalog = ClauseCatalog.load();
        long seed = options.seed != null ? options.seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        int tries = options.tries != null ? options.tries : defaultTries;
        if (tries < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tries: at least 1, got " + tries);
        }
        Path report = options.report.toAbsolutePath().normalize();
        configure(seed, tries, report);
        ExpectationLedger ledger;
        try {
            ledger = ExpectationLedger.startRun();
        } catch (ExpectationsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expectations: " + e.getMessage());
        }
        String implementation;
        try {
            implementation = ConfiguredLoop.get().implementation().toString();
        } catch (LoopSelectionException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--loop: " + e.getMessage());
        }
        clearOldReport(report);
        out.println("loop under test: " + options.loop + " (" + implementation + ")");
        out.println("properties: seed " + seed + ", " + tries + " programs each (replay a run with --seed " + seed + ")");
        Instant started = Instant.now();
        LauncherDiscoveryRequest request = CheckSelection.request(report, clauses, tags, properties);
        boolean terminal = System.console() != null;
        System.setProperty("tck.quietThroughput", Boolean.toString(terminal));
        RunListener listener = new RunListener(out, terminal, catalog);
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            ConfiguredLoop.close();
        }
        List<CheckOutcome> outcomes = new ArrayList<>(listener.outcomes());
        for (String pass : ledger.unexpectedPasses()) {
            outcomes.add(new CheckOutcome("unexpected pass", CheckOutcome.Kind.SUITE,
                    options.expectations == null ? "" : options.expectations.toString(), Set.of(),
                    CheckOutcome.Status.FAILED, pass, null));
        }
        Summary summary = new Summary(catalog, outcomes);
        summary.print(out);
        if (outcomes.stream().anyMatch(o -> o.kind() == CheckOutcome.Kind.PROPERTY)) {
            out.println();
            out.println("properties ran " + Throughput.total() + " on " + options.loop);
        }
        printSkipReasons(outcomes);
        ledger.summary().forEach(out::println);
        long failed = outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.FAILED).count();
        int exit = failed == 0 ? 0 : 1;
        RunInfo info = new RunInfo(options.loop, implementation, started,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, clauses, tags, seed, tries,
                options.expectations == null ? null : options.expectations.toString(), exit);
        writeReports(report, info, catalog, summary, outcomes);
        out.println();
        out.println((exit == 0 ? "PASSED" : "FAILED") + ": " + outcomes.size() + " checks, " + failed + " failed"
                + (ledger.unexpectedPasses().isEmpty() ? "" : " (" + ledger.unexpectedPasses().size() + " unexpected pass(es))")
                + "; report: " + report.resolve("index.html"));
        return exit;
    }

    private void configure(long seed, int tries, Path report) {
        System.setProperty("tck.loop", options.loop);
        if (options.python != null) {
            System.setProperty("tck.python", options.python);
        }
        if (options.expectations != null) {
            System.setProperty("tck.expectations", options.expectations.toAbsolutePath().toString());
        } else {
            System.clearProperty("tck.expectations"); // a run without --expectations has none (TCK_EXPECTATIONS aside)
        }
        System.setProperty("tck.seed", Long.toString(seed));
        System.setProperty("tck.tries", Integer.toString(tries));
        System.setProperty(CaseDirectory.PROPERTY, report.toString());
        if (System.getProperty("tck.workingDirectory", "").isBlank()) {
            System.setProperty("tck.workingDirectory", System.getProperty("user.dir"));
        }
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
        outcomes.stream().filter(o -> o.status() == CheckOutcome.Status.SKIPPED)
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
