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
 * expected failure is expected too, as long as the clause relied on did fail in the run.
 */
class ExplainedFailureTest {

    private static final String UVLOOP_LIKE = """
            loop: python:uvloop
            expected-failures:
              - clause: LOOP-STOP-2
                reason: stops one iteration later
            """;

    private static ExpectationLedger ledger() {
        return new ExpectationLedger(ExpectationsFile.parse(UVLOOP_LIKE, "x.yaml", ClauseCatalog.load()));
    }

    private static Throwable fail(ExpectationLedger ledger, String name, String clause) {
        Check check = new Check(CheckKind.SCENARIO, name, "x.feature:1", List.of(clause));
        return ledger.failure(check, new Failure(List.of(clause), "diverged", null, null), "the report");
    }

    @Test
    void aFailureOfAClauseThatReliesOnAnExpectedFailureIsExpectedAndSaysWhy() {
        ExpectationLedger ledger = ledger();
        Throwable soon3 = fail(ledger, "next iteration", "LOOP-SOON-3");
        assertInstanceOf(ExpectedFailure.class, soon3);
        assertTrue(soon3.getMessage().startsWith("expected failure, explained by LOOP-STOP-2 (LOOP-SOON-3 relies on it)"),
                soon3.getMessage());
        assertInstanceOf(ExpectedFailure.class, fail(ledger, "stop", "LOOP-STOP-2"));
        assertEquals(List.of(), ledger.unexplainedFailures());
    }

    @Test
    void theExplanationMustHoldInTheRun() {
        ExpectationLedger ledger = ledger();
        fail(ledger, "next iteration", "LOOP-SOON-3");
        assertEquals(List.of("'next iteration' (LOOP-SOON-3) failed and was taken as explained by the expected failure "
                + "of LOOP-STOP-2, but no check of LOOP-STOP-2 failed in this run: the failure of LOOP-SOON-3 is real"),
                ledger.unexplainedFailures());
    }

    @Test
    void aFailureThatReliesOnNothingExpectedStaysAFailure() {
        assertInstanceOf(CheckFailure.class, fail(ledger(), "fifo", "LOOP-SOON-1"));
    }
}
