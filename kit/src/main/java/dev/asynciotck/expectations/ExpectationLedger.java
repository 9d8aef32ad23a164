package dev.asynciotck.expectations;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckFailure;
import dev.asynciotck.checks.ExpectedFailure;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.settings.Setting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's checks did against its expectations: a failure an entry covers is an expected
 * failure; an entry some of whose checks ran but none failed is an unexpected pass (the loop was
 * fixed, or the entry is wrong) and fails the run. Thread-safe.
 */
public final class ExpectationLedger {

    /** How the report of an expected failure starts. */
    public static final String EXPECTED_FAILURE = "expected failure";

    private static ExpectationLedger shared;

    private final Expectations expectations;
    private final Map<Expectation, List<String>> failed = new LinkedHashMap<>();
    private final Map<Expectation, List<String>> passed = new LinkedHashMap<>();
    /** Failures taken as expected through a reliance: check name, its clause, the clause relied on, the entry's key. */
    private final List<String[]> explained = new ArrayList<>();

    /** @param expectations the entries of the run */
    public ExpectationLedger(Expectations expectations) {
        this.expectations = expectations;
    }

    /**
     * @return the ledger of this JVM's run, from the file {@link Setting#EXPECTATIONS} names (none: no expectations)
     * @throws ExpectationsException if that file cannot be used (each caller gets the same message)
     */
    public static synchronized ExpectationLedger shared() {
        if (shared == null) {
            shared = new ExpectationLedger(Setting.EXPECTATIONS.isSet()
                    ? ExpectationsFile.read(Setting.EXPECTATIONS.path(), ClauseCatalog.load()) : Expectations.NONE);
        }
        return shared;
    }

    /**
     * Starts a new run in this JVM: reads the file {@link Setting#EXPECTATIONS} names again, with nothing yet
     * passed or failed (the command line runs one run per JVM; its tests run several).
     *
     * @return the new ledger, which {@link #shared()} returns from now on
     * @throws ExpectationsException if that file cannot be used
     */
    public static synchronized ExpectationLedger startRun() {
        shared = null;
        return shared();
    }

    /**
     * Prints the summary and fails when an entry passed unexpectedly: the end-of-run check of a
     * suite.
     *
     * @throws AssertionError listing the unexpected passes
     */
    public static void checkAtEndOfRun() {
        ExpectationLedger ledger = shared();
        ledger.summary().forEach(System.out::println);
        List<String> unexpected = new ArrayList<>(ledger.unexpectedPasses());
        unexpected.addAll(ledger.unexplainedFailures());
        if (!unexpected.isEmpty()) {
            throw new AssertionError(unexpected.size() + " unexpected pass(es) or unexplained failure(s) against "
                    + ledger.expectations().source() + ":\n" + String.join("\n", unexpected));
        }
    }

    /**
     * @return {@link #shared()}, for a check
     * @throws AssertionError when the expectations file cannot be used, naming where it was set
     *                        (so that every check of the run fails with that message)
     */
    public static ExpectationLedger forChecks() {
        try {
            return shared();
        } catch (ExpectationsException e) {
            throw new AssertionError("the expectations file (" + Setting.EXPECTATIONS.origin() + ") cannot be used: "
                    + e.getMessage(), e);
        }
    }

    /** @return the entries of the run */
    public Expectations expectations() {
        return expectations;
    }

    /**
     * Records that a check failed.
     *
     * @param checkName the check's name
     * @param clauseIds its clauses
     * @return the entry that expected it, if any
     */
    public synchronized Optional<Expectation> failed(String checkName, Collection<String> clauseIds) {
        Optional<Expectation> entry = expectations.covering(checkName, clauseIds);
        entry.ifPresent(e -> failed.computeIfAbsent(e, k -> new ArrayList<>()).add(checkName));
        return entry;
    }

    /**
     * Records that a check failed, and says how to report it.
     *
     * @param check   the check
     * @param failure the clauses whose rule broke and why, in one line
     * @param message why it failed, in full (it ends the report)
     * @return what to throw: an {@link ExpectedFailure} (reported as skipped, its message starting
     *         with {@value #EXPECTED_FAILURE}) when an entry covers it, else a {@link CheckFailure}
     *         naming the clauses that broke first
     */
    public Throwable failure(Check check, Failure failure, String message) {
        Optional<Expectation> expected = failed(check.name(), failure.clauses());
        if (expected.isPresent()) {
            return new ExpectedFailure(EXPECTED_FAILURE + ", " + expected.get().describe() + " ["
                    + expected.get().location() + "]\n" + message, failure);
        }
        for (String clause : failure.clauses()) {
            for (String root : ClauseCatalog.load().reliedOn(clause)) {
                Optional<Expectation> entry = expectations.covering("", List.of(root));
                if (entry.isPresent()) {
                    synchronized (this) {
                        explained.add(new String[] {check.name(), clause, root, entry.get().key()});
                    }
                    return new ExpectedFailure(EXPECTED_FAILURE + ", explained by " + root + " (" + clause + " relies on it), "
                            + entry.get().describe() + " [" + entry.get().location() + "]\n" + message, failure);
                }
            }
        }
        return new CheckFailure("clause " + String.join(", ", failure.clauses()) + " — " + message, failure);
    }

    /**
     * @return one line per failure taken as expected because a clause it relies on is expected to
     *         fail, when checks of that clause ran in the run and none failed: the explanation did
     *         not hold, so the failure is real
     */
    public synchronized List<String> unexplainedFailures() {
        return explanations(true);
    }

    /**
     * @return one line per failure taken as expected because a clause it relies on is expected to
     *         fail, when no check of that clause ran (a run of the properties alone, or of some
     *         clauses): the explanation stands unconfirmed, and the line says how to confirm it
     */
    public synchronized List<String> unconfirmedExplanations() {
        return explanations(false);
    }

    private List<String> explanations(boolean rootChecked) {
        List<String> out = new ArrayList<>();
        for (String[] e : explained) {
            if (failed.keySet().stream().anyMatch(x -> x.key().equals(e[3]))) {
                continue;
            }
            boolean checked = passed.keySet().stream().anyMatch(x -> x.key().equals(e[3]));
            if (checked && rootChecked) {
                out.add("'" + e[0] + "' (" + e[1] + ") failed and was taken as explained by the expected failure of "
                        + e[2] + ", but no check of " + e[2] + " failed in this run: the failure of " + e[1] + " is real");
            } else if (!checked && !rootChecked) {
                out.add("'" + e[0] + "' (" + e[1] + ") failed and is taken as explained by the expected failure of "
                        + e[2] + ", which this run did not check: ./tck run --clauses " + e[2] + " confirms it");
            }
        }
        return out;
    }

    /**
     * Records that a check passed.
     *
     * @param checkName the check's name
     * @param clauseIds its clauses
     */
    public synchronized void passed(String checkName, Collection<String> clauseIds) {
        for (Expectation e : expectations.entries()) {
            if (e.covers(checkName, clauseIds)) {
                passed.computeIfAbsent(e, k -> new ArrayList<>()).add(checkName);
            }
        }
    }

    /** How many of the checks that failed as expected a line names, before "and N more". */
    static final int CHECKS_NAMED = 3;

    /**
     * @return one line per entry that failed as expected, with the first {@value #CHECKS_NAMED}
     *         checks that failed and how many more did (a leak of every run, say, fails them all)
     */
    public synchronized List<String> expectedFailures() {
        List<String> out = new ArrayList<>();
        failed.forEach((e, checks) -> out.add(e.describe() + " — failed: " + String.join("; ",
                checks.subList(0, Math.min(CHECKS_NAMED, checks.size())))
                + (checks.size() > CHECKS_NAMED ? "; and " + (checks.size() - CHECKS_NAMED) + " more" : "")));
        return out;
    }

    /** @return one line per entry whose checks ran and all passed (each says how to mend the file) */
    public synchronized List<String> unexpectedPasses() {
        List<String> out = new ArrayList<>();
        passed.forEach((e, checks) -> {
            if (!failed.containsKey(e)) {
                out.add(e.location() + ": " + e.key() + " is listed as failing (" + e.reason() + ") but every check "
                        + "of it passed: " + String.join("; ", checks) + " — remove the entry if the loop was fixed");
            }
        });
        return out;
    }

    /**
     * @return the end-of-run lines: the expected failures, then the unexpected passes; empty when
     *         the run had no expectations file
     */
    public synchronized List<String> summary() {
        if (expectations == Expectations.NONE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("expectations " + expectations.source() + ": " + failed.size() + " expected failure(s), "
                + unexpectedPasses().size() + " unexpected pass(es)");
        expectedFailures().forEach(l -> out.add("  expected failure: " + l));
        unexpectedPasses().forEach(l -> out.add("  UNEXPECTED PASS: " + l));
        unexplainedFailures().forEach(l -> out.add("  UNEXPLAINED FAILURE: " + l));
        unconfirmedExplanations().forEach(l -> out.add("  unconfirmed explanation: " + l));
        return out;
    }
}
