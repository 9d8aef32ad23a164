package dev.asynciotck.runner;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.CheckOutcome;
import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.expectations.ExpectationLedger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the outcome of every check of a run and shows progress: on a terminal one line
 * rewritten in place (done/total, current area, failures so far), else a plain line per failure
 * and one every {@value #PLAIN_EVERY} checks.
 */
final class RunListener implements TestExecutionListener {

    private static final int PLAIN_EVERY = 25;
    private static final Pattern SAVED_CASE = Pattern.compile("(?m)^" + CaseDirectory.SAVED_CASE + "(.+)$");
    private static final Pattern REPLAY = Pattern.compile("(?m)^" + CaseDirectory.REPLAY_WITH + "(\\./tck replay .+)$");

    private final PrintStream out;
    private final boolean terminal;
    private final ClauseCatalog catalog;
    private final List<CheckOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private long total;
    private int failures;

    RunListener(PrintStream out, boolean terminal, ClauseCatalog catalog) {
        this.out = out;
        this.terminal = terminal;
        this.catalog = catalog;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = plan.countTestIdentifiers(TestIdentifier::isTest);
        out.println("running " + total + " checks");
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            record(id, Verdict.SKIPPED, reason, null);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                String why = firstLine(result.getThrowable().map(Throwable::getMessage).orElse("failed"));
                outcomes.add(new CheckOutcome(new Check(CheckKind.SUITE, id.getDisplayName(),
                        CheckSuite.where(id.getSource().orElse(null)), List.of()), Verdict.FAILED, List.of(), why, null));
                failures++;
                line("FAILED " + id.getDisplayName() + ": " + why);
            }
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        String message = thrown == null ? "" : String.valueOf(thrown.getMessage());
        Verdict verdict = switch (result.getStatus()) {
            case SUCCESSFUL -> Verdict.PASSED;
            case FAILED -> Verdict.FAILED;
            case ABORTED -> message != null && message.startsWith(ExpectationLedger.EXPECTED_FAILURE)
                    ? Verdict.EXPECTED : Verdict.SKIPPED;
        };
        record(id, verdict, message, thrown instanceof Failure.Carrier carrier ? carrier.failure() : null);
    }

    private void record(TestIdentifier id, Verdict verdict, String message, Failure failure) {
        Check check = CheckSuite.check(id, name -> catalog.find(name).isPresent());
        boolean failed = verdict == Verdict.FAILED || verdict == Verdict.EXPECTED;
        CheckOutcome outcome = failure != null
                ? new CheckOutcome(check, verdict, failure.clauses(), failure.reason(), failure.savedCase())
                : new CheckOutcome(check, verdict, failed ? check.clauses() : List.of(), firstLine(message),
                        savedCase(message));
        outcomes.add(outcome);
        if (verdict == Verdict.FAILED) {
            failures++;
        }
        List<String> clauses = check.clauses();
        String area = clauses.isEmpty() ? "-" : catalog.require(clauses.get(0)).area();
        int done = outcomes.size();
        if (verdict == Verdict.FAILED) {
            line("FAILED " + outcome.blamed() + " " + check.name() + ": " + outcome.reason());
            (failure != null && failure.replay() != null ? Optional.of(failure.replay()) : replayLine(message))
                    .ifPresent(command -> line("  replay with: " + command));
        }
        String progress = String.format("[%d/%d] %s — %d failed so far", done, total, area, failures);
        if (terminal) {
            out.print("\r\033[K" + progress);
            out.flush();
        } else if (done % PLAIN_EVERY == 0 || done == total) {
            out.println(progress);
        }
    }

    private void line(String text) {
        out.println((terminal ? "\r\033[K" : "") + text);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (terminal) {
            out.println();
        }
    }

    /** @return every outcome, in the order the checks ended */
    List<CheckOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** @return the saved case a failure message names, relative to the report directory, or null */
    static String savedCase(String message) {
        Matcher m = SAVED_CASE.matcher(message == null ? "" : message);
        return m.find() ? "cases/" + Path.of(m.group(1).strip()).getFileName() : null;
    }

    private static Optional<String> replayLine(String message) {
        Matcher m = REPLAY.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** @return the divergence of a trace failure (first divergence, expected, actual), else the first line */
    static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = text.strip().lines().map(String::strip).toList();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            at = lines.get(i).startsWith("first divergence at") ? i : -1;
        }
        String first = at >= 0 && at + 2 < lines.size()
                ? lines.get(at) + " " + lines.get(at + 1) + "; " + lines.get(at + 2)
                : lines.stream().filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first.length() <= 200 ? first : first.substring(0, 199) + "…";
    }
}
