package dev.asynciotck.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tck run} on the reference loop, and its configuration errors. */
class RunCommandTest {

    @Test
    void aRunOfOneClauseOnTheReferenceLoopPassesSummarisesAndWritesItsReports(@TempDir Path report) throws Exception {
        TckCli.Result r = TckCli.run("run", "--clauses", "LOOP-SOON-1", "--tries", "5", "--report", report.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("loop under test: reference"), r::toString);
        assertTrue(r.out().contains("clauses by area and by level"), r::toString);
        long soonClauses = dev.asynciotck.clause.ClauseCatalog.load().clauses().stream()
                .filter(c -> c.area().equals("LOOP-SOON")).count();
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+LOOP-SOON\\s+1\\s+0\\s+0\\s+0\\s+0\\s+" + (soonClauses - 1))),
                r::toString);
        assertTrue(r.out().contains("PASSED: "), r::toString);
        assertTrue(Files.exists(report.resolve("cucumber/report.html")), "no cucumber HTML report in " + report);
        JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
        assertEquals("asyncio-tck-summary/1", summary.get("format").asText());
        assertEquals(0, summary.get("exit").asInt());
        assertEquals("reference", summary.get("loop").get("id").asText());
        assertTrue(summary.get("totals").get("checks").asInt() > 1, summary::toString);
        assertEquals(0, summary.get("totals").get("failed").asInt(), summary::toString);
        JsonNode soon1 = null;
        for (JsonNode c : summary.get("clauses")) {
            soon1 = c.get("id").asText().equals("LOOP-SOON-1") ? c : soon1;
        }
        assertEquals("passed", soon1.get("verdict").asText(), summary::toString);
        assertEquals("MUST", soon1.get("level").asText());
        JsonNode firstCheck = summary.get("checks").get(soon1.get("checks").get(0).asInt());
        assertTrue(firstCheck.get("clauses").toString().contains("LOOP-SOON-1"), summary::toString);
        assertTrue(Files.exists(report.resolve("index.html")), "no index.html in " + report);
        String page = Files.readString(report.resolve("index.html"));
        String soon1Text = dev.asynciotck.clause.ClauseCatalog.load().where("LOOP-SOON-1");
        assertTrue(soon1Text.matches("spec/clauses/LOOP-SOON\\.md:\\d+") && page.contains(soon1Text + "<"),
                "the run page shows where a clause's text is: " + soon1Text);
        assertTrue(page.matches("(?s).*scenario features/src/main/resources/features/LOOP-SOON/ordering\\.feature:\\d+.*")
                && page.matches("(?s).*property property-tests/src/main/java/dev/asynciotck/properties/"
                        + "SchedulingProperties\\.java:\\d+.*"), "the run page shows each clause's checks by file and line");
    }

    @Test
    void anExpectedFailureThatPassesFailsTheRunAsAnUnexpectedPass(@TempDir Path dir) throws Exception {
        Path expectations = Files.writeString(dir.resolve("reference.yaml"), "loop: reference\nexpected-failures:\n"
                + "  - clause: LOOP-SOON-1\n    reason: not really\n");
        TckCli.Result r = TckCli.run("run", "--clauses", "LOOP-SOON-1", "--tries", "5", "--expectations", expectations.toString(),
                "--report", dir.resolve("report").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("1 unexpected pass(es)"), r::toString);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("report/summary.json").toFile());
        assertTrue(summary.get("checks").toString().contains("\"kind\":\"suite\""), summary::toString);
    }

    @Test
    void anUnknownClauseIsAUsageError() {
        TckCli.Result r = TckCli.run("run", "--clauses", "LOOP-SON-1");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--clauses: unknown clause id 'LOOP-SON-1' (did you mean LOOP-SOON-1?)"), r::toString);
    }

    @Test
    void anAreaStandsForItsClauses(@TempDir Path dir) throws Exception {
        TckCli.Result r = TckCli.run("run", "--clauses", "QUEUE-SIZE", "--tries", "5", "--report", dir.toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("[\"QUEUE-SIZE-1\",\"QUEUE-SIZE-2\",\"QUEUE-SIZE-3\"]", summary.get("selection").get("clauses").toString(),
                summary::toString);
    }

    @Test
    void anUnknownLoopIsAUsageErrorNamingTheAcceptedForms() {
        TckCli.Result r = TckCli.run("run", "--loop", "pyhton:asyncio", "--clauses", "LOOP-SOON-1");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--loop: ") && r.err().contains("python:asyncio"), r::toString);
    }

    @Test
    void theFirstDivergenceIsTheReasonOfATraceFailure() {
        assertEquals("first divergence at event 2: expected: a; actual: b",
                RunListener.firstLine("\nclause X — s (f:1)\n\nfirst divergence at event 2:\n  expected: a\n  actual: b\n"));
        assertEquals("property 'p' does not hold", RunListener.firstLine("\nproperty 'p' does not hold\n\n    def f():\n"));
        assertEquals("cases/0003-x.json", RunListener.savedCase("boom\n\nsaved case: /tmp/r/cases/0003-x.json\nreplay with: ./tck"));
    }
}
