package dev.asynciotck.features;

import dev.asynciotck.cases.CaseDirectory;
import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.expectations.ExpectationLedger;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.ConfiguredLoop;
import dev.asynciotck.loop.Leak;
import dev.asynciotck.loop.PythonVersionGate;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;
import dev.asynciotck.settings.Setting;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceDiff;
import dev.asynciotck.trace.TraceText;
import dev.asynciotck.vocabulary.Vocabulary;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Status;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.opentest4j.TestAbortedException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The steps: {@code Given the program:}, {@code Then the trace is:} and
 * {@code Then the trace, in any order, is:}. One instance per scenario.
 */
public final class ProgramSteps {

    private static final ClauseCatalog CATALOG = ClauseCatalog.load();
    private static final Vocabulary VOCABULARY = Vocabulary.load();

    private Scenario scenario;
    private ScenarioTags tags;
    private Program program;
    private RunOutcome outcome;
    private Trace expectedTrace;
    private boolean anyOrderExpected;

    /** @param scenario the scenario about to run; its tags are checked against the clauses */
    @Before
    public void readTags(Scenario scenario) {
        this.scenario = scenario;
        this.tags = ScenarioTags.read(scenario.getSourceTagNames(), CATALOG, where());
        ExpectationLedger.forChecks();
    }

    /** @param scenario the scenario that ran: a pass counts against the expectations that cover it */
    @After
    public void recordPass(Scenario scenario) {
        if (scenario.getStatus() == Status.PASSED && tags != null) {
            ExpectationLedger.forChecks().passed(scenario.getName(), clauseIdList());
        }
    }


    /**
     * Saves the case and returns the failure to throw; but if the expectations file expects it,
     * throws the news that it failed as expected instead (the scenario is then reported as skipped,
     * with it).
     *
     * @param message  what the loop under test did wrong, in full
     * @param oneLine  the same in one line
     * @param evidence the program and traces that show it
     * @return the failure
     */
    private AssertionError loopFailure(String message, String oneLine, Evidence evidence) {
        return loopFailure(message, oneLine, evidence, check().clauses());
    }

    /** As {@link #loopFailure(String, String, Evidence)}, blaming the given clauses rather than the scenario's. */
    private AssertionError loopFailure(String message, String oneLine, Evidence evidence, List<String> blamed) {
        Check check = check();
        boolean expected = ExpectationLedger.forChecks().expectations().covering(check.name(), blamed).isPresent();
        CaseDirectory cases = CaseDirectory.ofRun();
        Failure failure = cases.saveFailure(new SavedCase(check, ConfiguredLoop.get().info(),
                expected ? Verdict.EXPECTED : Verdict.FAILED, oneLine, evidence, null, ""), blamed, oneLine);
        Throwable thrown = ExpectationLedger.forChecks().failure(check, failure, message + cases.describe(failure));
        if (thrown instanceof AssertionError e) {
            return e;
        }
        throw (RuntimeException) thrown;
    }

    /** @param text the program, in the text form of the scenario language */
    @Given("the program:")
    public void theProgram(String text) {
        try {
            program = ProgramText.parse(text).describedAs(scenario.getName(), clauseIdList());
        } catch (IllegalArgumentException e) {
            throw new AssertionError(where() + ": the program does not parse: " + e.getMessage(), e);
        }
        List<String> missing = VOCABULARY.namesMissingOn(ProgramJson.toJson(program), tags.versions());
        if (!missing.isEmpty()) {
            throw new AssertionError(where() + ": the program uses names that do not exist on every Python version "
                    + "its clauses " + clauseIdList() + " hold for (fix the clauses' Python field or the program): "
                    + String.join("; ", missing));
        }
    }

    /** @param expected the expected trace, in text form, in order */
    @Then("the trace is:")
    public void theTraceIs(String expected) {
        check(expected, false);
    }

    /** @param expected the expected events, in text form, in any order */
    @Then("the trace, in any order, is:")
    public void theTraceInAnyOrderIs(String expected) {
        check(expected, true);
    }

    private void check(String expectedText, boolean anyOrder) {
        Trace expected;
        try {
            expected = TraceText.parse(expectedText);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(where() + ": the expected trace does not parse: " + e.getMessage(), e);
        }
        expectedTrace = expected;
        anyOrderExpected = anyOrder;
        Trace actual = traceOrFail();
        Optional<TraceDiff.Divergence> divergence = anyOrder
                ? TraceDiff.compareUnordered(expected, actual) : TraceDiff.compare(expected, actual);
        if (divergence.isPresent()) {
            TraceDiff.Divergence d = divergence.get();
            Evidence evidence = new Evidence(program, expected, Evidence.FROM_SCENARIO, anyOrder, actual, null, d.toString());
            throw loopFailure(FailureReport.of(title(), evidence),
                    "first divergence at event " + (d.index() + 1) + ": expected " + d.expected() + "; actual " + d.actual(),
                    evidence);
        }
        checkLeaks(((RunOutcome.Traced) outcome).leaks(), expected, actual);
    }

    /**
     * The trace was right; what the run left behind once its loops were closed breaks the
     * resource clauses of the vocabulary's {@code leaks.resources} (RESOURCE-FD-1,
     * RESOURCE-THREAD-1), not the scenario's.
     */
    private void checkLeaks(List<Leak> leaks, Trace expected, Trace actual) {
        if (leaks.isEmpty()) {
            return;
        }
        List<String> blamed = leaks.stream().map(l -> VOCABULARY.leakClauses().get(l.resource())).distinct().toList();
        String what = "left once its loops were closed: " + leaks.stream().map(Leak::detail).collect(Collectors.joining("; "));
        Evidence evidence = new Evidence(program, expected, Evidence.FROM_SCENARIO, anyOrderExpected, actual, what, null);
        throw loopFailure(title() + "\nthe trace is right, but the run " + what + "\n\nprogram:\n" + indent(program.toString()),
                what, evidence, blamed);
    }

    private Trace traceOrFail() {
        if (program == null) {
            throw new AssertionError(where() + ": no 'Given the program:' step before the expectation");
        }
        if (outcome == null) {
            TestedLoop loop = ConfiguredLoop.get();
            for (Capability needed : tags.needs()) {
                if (!loop.capabilities().contains(needed)) {
                    throw new TestAbortedException("skipped: " + loop.id() + " lacks the capability " + needed);
                }
            }
            if (tags.longRun() && !Setting.LONG.booleanValue()) {
                throw new TestAbortedException("skipped: a long check (@long), run only when asked: "
                        + Setting.LONG.howToChange().replace("true|false", "true"));
            }
            PythonVersionGate.check(tags.clauses(), loop.implementation());
            RunMode mode = RunMode.configured();
            outcome = loop.run(program, tags.longRun() ? mode.forLong() : tags.stress() ? mode.forStress() : mode);
            scenario.attach(program.toString(), "text/x-python", "program.py");
        }
        if (outcome instanceof RunOutcome.Traced traced) {
            scenario.attach(traced.trace().toString(), "text/plain", "actual-trace.txt");
            return traced.trace();
        }
        if (outcome instanceof RunOutcome.InvalidProgram invalid) {
            throw new AssertionError(where() + ": invalid program: " + invalid.message() + "\n\n" + program);
        }
        RunOutcome.Fault fault = (RunOutcome.Fault) outcome;
        String what = fault.kind() + ": " + fault.detail();
        throw loopFailure(title() + "\nthe loop under test failed to run the program: " + what
                + "\n\nprogram:\n" + indent(program.toString()), what.lines().findFirst().orElse(what),
                new Evidence(program, expectedTrace, Evidence.FROM_SCENARIO, anyOrderExpected, null, what, null));
    }

    private List<String> clauseIdList() {
        return tags.clauses().stream().map(dev.asynciotck.clause.Clause::id).toList();
    }

    /** @return the scenario as a check */
    private Check check() {
        return new Check(CheckKind.SCENARIO, scenario.getName(), where(), clauseIdList());
    }

    /** @return the first line of a failure: the scenario and where it is (the clauses come first, from the ledger) */
    private String title() {
        return scenario.getName() + " (" + where() + ")";
    }

    private String where() {
        return CheckSuite.scenarioWhere(scenario.getUri(), scenario.getLine());
    }

    static String indent(String text) {
        return ("    " + text.stripTrailing().replace("\n", "\n    ")).replace("    \n", "\n");
    }
}
