package dev.asynciotck.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz workflow against a deliberately wrong loop (call_soon is LIFO, a Python loop in
 * src/test/resources/loops): a failing property saves its shrunk program and prints the replay
 * command; replaying it gives the same verdict on that loop, and passes on the reference loop.
 */
class FuzzAndReplayTest {

    private static final String LIFO = "python:lifo_loop:new_loop";
    private static final String PYTHON = Path.of("src/test/resources/loops/python-with-loops").toAbsolutePath().toString();

    @Test
    void aFailingPropertySavesItsShrunkProgramAndReplayingItGivesTheSameVerdict(@TempDir Path report) throws Exception {
        TckCli.Result fuzz = TckCli.run("fuzz", "--loop", LIFO, "--python", PYTHON, "--tries", "20", "--seed", "7",
                "--report", report.toString());
        assertEquals(1, fuzz.exit(), fuzz::toString);
        assertTrue(fuzz.out().contains("FAILED [LOOP-SOON-1] call_soon is FIFO"), fuzz::toString);
        assertTrue(fuzz.out().contains("replay with: ./tck replay "), fuzz::toString);
        Path fifoCase = savedCase(report, "call-soon-is-fifo");
        JsonNode saved = new ObjectMapper().readTree(fifoCase.toFile());
        assertEquals("call-soon-is-fifo", saved.get("property").get("id").asText());
        assertEquals("failed", saved.get("verdict").asText());
        assertTrue(saved.get("replay").asText().contains(" --loop " + LIFO), saved::toString);

        TckCli.Result again = TckCli.run("replay", fifoCase.toString(), "--loop", LIFO, "--python", PYTHON);
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.out().contains("FAILED: property 'call_soon is FIFO' does not hold: LOOP-SOON-1: call_soon callbacks ran in the order"),
                again::toString);
        assertTrue(again.out().contains("first divergence at event"), again::toString);

        TckCli.Result onReference = TckCli.run("replay", fifoCase.toString(), "--loop", "reference");
        assertEquals(0, onReference.exit(), onReference::toString);
        assertTrue(onReference.out().contains("PASSED"), onReference::toString);

        JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
        assertEquals(1, summary.get("exit").asInt());
        assertTrue(summary.get("checks").toString().contains("\"case\":\"cases/"), summary::toString);
    }

    @Test
    void aFailingScenarioSavesItsCaseAndReplaysAgainstItsExpectedTrace(@TempDir Path report) throws Exception {
        TckCli.Result run = TckCli.run("run", "--loop", LIFO, "--python", PYTHON, "--clauses", "LOOP-SOON-1",
                "--tries", "5", "--report", report.toString());
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("failed clauses:") && run.out().contains("LOOP-SOON-1 (MUST)"), run::toString);
        assertTrue(run.out().contains("1 root cause (LOOP-SOON-1) explains 1 failing clause:"), run::toString);
        JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
        assertEquals("LOOP-SOON-1", summary.get("rootCauses").get(0).get("clause").asText(), summary::toString);
        assertTrue(Files.readString(report.resolve("index.html")).contains("1 root cause explains 1 failing clause"));
        Path scenarioCase;
        try (Stream<Path> files = Files.list(report.resolve("cases"))) {
            scenarioCase = files.filter(f -> f.toString().endsWith(".json")).filter(f -> {
                try {
                    return new ObjectMapper().readTree(f.toFile()).get("check").get("kind").asText().equals("scenario");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no scenario case in " + report));
        }
        TckCli.Result again = TckCli.run("replay", scenarioCase.toString(), "--python", PYTHON);
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.out().contains("replaying on " + LIFO) && again.out().contains("trace diff against expected (scenario"),
                again::toString);
        assertEquals(0, TckCli.run("replay", scenarioCase.toString(), "--loop", "reference").exit());
    }

    @Test
    void aFileThatIsNotASavedCaseIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
        Path notACase = Files.writeString(dir.resolve("summary.json"), "{\"format\": \"asyncio-tck-summary/1\"}");
        TckCli.Result r = TckCli.run("replay", notACase.toString(), "--loop", "reference");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("not a saved case: " + notACase + ": at /format: expected \"asyncio-tck-case/1\""), r::toString);
        TckCli.Result missing = TckCli.run("replay", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("no such file"), missing::toString);
    }

    private static Path savedCase(Path report, String slug) throws IOException {
        try (Stream<Path> files = Files.list(report.resolve("cases"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith("-" + slug + ".json")).toList();
            assertEquals(1, found.size(), () -> "cases named " + slug + " in " + report + ": " + found);
            return found.get(0);
        }
    }
}
