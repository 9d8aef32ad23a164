package dev.asynciotck.expectations;

import dev.asynciotck.clause.ClauseCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading expectations files: what is accepted, and a message naming the line for what is not. */
class ExpectationsFileTest {

    private static final ClauseCatalog CATALOG = ClauseCatalog.load();

    private static Expectations parse(String text) {
        return ExpectationsFile.parse(text, "x.yaml", CATALOG);
    }

    private static void rejected(String text, String... mentions) {
        ExpectationsException e = assertThrows(ExpectationsException.class, () -> parse(text));
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), () -> "no '" + m + "' in: " + e.getMessage());
        }
    }

    @Test
    void entriesByClauseAndByCheckWithOptionalLinks() {
        Expectations e = parse("""
                loop: python:uvloop
                expected-failures:
                  - clause: LOOP-STOP-2
                    reason: stops one iteration later
                    link: https://example.org/issue/1
                  - check: call_soon is FIFO
                    reason: a reason
                """);
        assertEquals("python:uvloop", e.loop());
        assertEquals(2, e.entries().size());
        Expectation first = e.entries().get(0);
        assertEquals("LOOP-STOP-2", first.clause());
        assertEquals("https://example.org/issue/1", first.link());
        assertEquals("x.yaml:3", first.location());
        Expectation second = e.entries().get(1);
        assertEquals("call_soon is FIFO", second.check());
        assertNull(second.link());
        assertEquals("check \"call_soon is FIFO\"", second.key());
    }

    @Test
    void anEmptyListIsNoExpectations() {
        assertEquals(List.of(), parse("expected-failures: []\n").entries());
    }

    @Test
    void anEntryNamingNoKnownClauseIsRejectedWithTheClosestId() {
        rejected("expected-failures:\n  - clause: LOOP-STP-2\n    reason: r\n",
                "x.yaml:2", "unknown clause id 'LOOP-STP-2'", "did you mean LOOP-STOP-2");
    }

    @Test
    void everyMalformedEntryNamesItsLine() {
        rejected("expected-failures:\n  - clause: LOOP-STOP-2\n", "x.yaml:2", "missing \"reason:\"");
        rejected("expected-failures:\n  - clause: LOOP-STOP-2\n    check: c\n    reason: r\n", "x.yaml:2", "not both");
        rejected("expected-failures:\n  - reason: r\n", "x.yaml:2", "not neither");
        rejected("expected-failures:\n  - clause: LOOP-STOP-2\n    reson: r\n", "x.yaml:3", "unknown key 'reson'");
        rejected("expected-failures:\n  - clause: LOOP-STOP-2\n    reason: r\n    link: see the issue\n",
                "x.yaml:4", "http(s) address");
        rejected("expected-failures:\n  - clause: LOOP-STOP-2\n    reason: r\n  - clause: LOOP-STOP-2\n    reason: s\n",
                "x.yaml:4", "LOOP-STOP-2 is already listed at x.yaml:2");
    }

    @Test
    void aFileThatIsNotAnExpectationsFileSaysWhy() {
        rejected("", "the file is empty");
        rejected("loop: x\n", "missing \"expected-failures:\"");
        rejected("expected-failures:\n  - clause: [unclosed\n", "x.yaml:", "not valid YAML");
        rejected("expected-failures: LOOP-STOP-2\n", "x.yaml:1", "a list of entries");
        rejected("expected_failures: []\n", "x.yaml:1", "unknown key 'expected_failures'");
    }

    @Test
    void aFailureCoveredByAnEntryIsExpectedAndAnEntryWithOnlyPassesIsAnUnexpectedPass() {
        ExpectationLedger ledger = new ExpectationLedger(parse("""
                expected-failures:
                  - clause: LOOP-STOP-2
                    reason: stops late
                  - clause: LOOP-NEST-4
                    reason: other message
                  - check: one scenario
                    reason: by name
                """));
        assertTrue(ledger.failed("a stop scenario", Set.of("LOOP-STOP-1", "LOOP-STOP-2")).isPresent());
        ledger.passed("another stop scenario", Set.of("LOOP-STOP-2"));
        ledger.passed("a nesting scenario", Set.of("LOOP-NEST-4"));
        assertTrue(ledger.failed("a soon scenario", Set.of("LOOP-SOON-1")).isEmpty());
        assertEquals("check \"one scenario\"", ledger.failed("one scenario", Set.of("LOOP-STOP-2")).get().key());
        List<String> unexpected = ledger.unexpectedPasses();
        assertEquals(1, unexpected.size(), unexpected::toString);
        assertTrue(unexpected.get(0).contains("LOOP-NEST-4 is listed as failing"), unexpected::toString);
        assertEquals(2, ledger.expectedFailures().size());
    }

    @Test
    void anExpectedFailureOfManyChecksNamesThreeAndCountsTheRest() throws Exception {
        ExpectationLedger ledger = new ExpectationLedger(parse("""
                expected-failures:
                  - clause: RESOURCE-FD-1
                    reason: leaks a descriptor
                """));
        for (String check : List.of("a", "b", "c", "d", "e")) {
            ledger.failed(check, Set.of("RESOURCE-FD-1"));
        }
        assertEquals(List.of("RESOURCE-FD-1: leaks a descriptor — failed: a; b; c; and 2 more"), ledger.expectedFailures());
    }

    @Test
    void aProbeIsAFileNextToTheExpectationsFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("probes"));
        Files.writeString(dir.resolve("probes/stop.py"), "print('x')\n");
        Path file = Files.writeString(dir.resolve("loop.yaml"), """
                expected-failures:
                  - clause: LOOP-STOP-2
                    reason: stops late
                    probe: probes/stop.py
                """);
        assertEquals("probes/stop.py", ExpectationsFile.read(file, CATALOG).entries().get(0).probe());
        Files.writeString(file, Files.readString(file).replace("stop.py", "gone.py"));
        ExpectationsException e = assertThrows(ExpectationsException.class, () -> ExpectationsFile.read(file, CATALOG));
        assertTrue(e.getMessage().contains("loop.yaml:2: the probe probes/gone.py is not a file"), e.getMessage());
    }
}
