package dev.asynciotck.expectations;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckFailure;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.ExpectedFailure;
import dev.asynciotck.checks.Failure;
import dev.asynciotck.clause.ClauseCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An expectations file may name a root cause alone: a failure of a clause that relies on an
 * expected failure is expected too, as long as the clause relied on did fail in the run (or, when
 * the run did not check it, stands unconfirmed).
 */
class ExplainedFailureTest {

    private static final String QUAMASH_LIKE = """
            loop: python:third_party_loops:quamash_loop
            expected-failures:
              - clause: LOOP-TIMER-8
                reason: a delay that is not a whole number of milliseconds raises TypeError
            """;

    private static ExpectationLedger ledger() {
        return new ExpectationLedger(ExpectationsFile.parse(QUAMASH_LIKE, "x.yaml", ClauseCatalog.load()));
    }

    private static Throwable fail(ExpectationLedger ledger, String name, String clause) {
        Check check = new Check(CheckKind.SCENARIO, name, "x.feature:1", List.of(clause));
        return ledger.failure(check, new Failure(List.of(clause), "diverged", null, null), "the report");
    }

    @Test
    void aFailureOfAClauseThatReliesOnAnExpectedFailureIsExpectedAndSaysWhy() {
        ExpectationLedger ledger = ledger();
        Throwable timer1 = fail(ledger, "deadline order", "LOOP-TIMER-1");
        assertInstanceOf(ExpectedFailure.class, timer1);
        assertTrue(timer1.getMessage().startsWith("expected failure, explained by LOOP-TIMER-8 (LOOP-TIMER-1 relies on it)"),
                timer1.getMessage());
        assertInstanceOf(ExpectedFailure.class, fail(ledger, "timers run", "LOOP-TIMER-8"));
        assertEquals(List.of(), ledger.unexplainedFailures());
    }

    @Test
    void theExplanationMustHoldInTheRun() {
        ExpectationLedger ledger = ledger();
        ledger.passed("fractional delays", List.of("LOOP-TIMER-8"));
        fail(ledger, "deadline order", "LOOP-TIMER-1");
        assertEquals(List.of("'deadline order' (LOOP-TIMER-1) failed and was taken as explained by the expected failure "
                + "of LOOP-TIMER-8, but no check of LOOP-TIMER-8 failed in this run: the failure of LOOP-TIMER-1 is real"),
                ledger.unexplainedFailures());
        assertEquals(List.of(), ledger.unconfirmedExplanations());
    }

    @Test
    void anExplanationByAClauseTheRunDidNotCheckStandsUnconfirmed() {
        ExpectationLedger ledger = ledger();
        fail(ledger, "deadline order", "LOOP-TIMER-1");
        assertEquals(List.of(), ledger.unexplainedFailures());
        assertEquals(List.of("'deadline order' (LOOP-TIMER-1) failed and is taken as explained by the expected failure "
                + "of LOOP-TIMER-8, which this run did not check: ./tck run --clauses LOOP-TIMER-8 confirms it"),
                ledger.unconfirmedExplanations());
    }

    @Test
    void aFailureThatReliesOnNothingExpectedStaysAFailure() {
        assertInstanceOf(CheckFailure.class, fail(ledger(), "is_running", "LOOP-STATE-1"));
    }
}
