package dev.asynciotck.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tck run} on the reference loop, and its configuration errors. */
class RunCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(ByteArrayOutputStream captured, String... args) {
        PrintStream previous = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Tck.commandLine();
            cli.setErr(new PrintWriter(err));
            return cli.execute(args);
        } finally {
            System.setOut(previous);
        }
    }

    @Test
    void aRunOfOneClauseOnTheReferenceLoopPassesAndSummarises(@TempDir Path report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, "run", "--clauses", "LOOP-SOON-1", "--tries", "5", "--report", report.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("loop under test: reference"), text);
        assertTrue(text.contains("clauses by area and by level"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+call_soon\\s+1\\s+0\\s+0\\s+0\\s+6")), text);
        assertTrue(text.contains("PASSED: "), text);
        assertTrue(Files.exists(report.resolve("cucumber/report.html")), "no cucumber HTML report in " + report);
    }

    @Test
    void anUnknownClauseIsAUsageError() {
        assertEquals(2, run(new ByteArrayOutputStream(), "run", "--clauses", "LOOP-SON-1"));
        assertTrue(err.toString().contains("--clauses: unknown clause id 'LOOP-SON-1' (did you mean LOOP-SOON-1?)"),
                err::toString);
    }

    @Test
    void anUnknownLoopIsAUsageErrorNamingTheAcceptedForms() {
        assertEquals(2, run(new ByteArrayOutputStream(), "run", "--loop", "pyhton:asyncio", "--clauses", "LOOP-SOON-1"));
        assertTrue(err.toString().contains("--loop: ") && err.toString().contains("python:asyncio"), err::toString);
    }

    @Test
    void theFirstDivergenceIsTheReasonOfATraceFailure() {
        assertEquals("first divergence at event 2: expected: a; actual: b",
                RunListener.firstLine("\nclause X — s (f:1)\n\nfirst divergence at event 2:\n  expected: a\n  actual: b\n"));
        assertEquals("property 'p' does not hold", RunListener.firstLine("\nproperty 'p' does not hold\n\n    def f():\n"));
    }
}
