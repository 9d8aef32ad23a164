package dev.asynciotck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputTest {

    private static final String TIMER5_CASE = "cases/0001-call-at-when-when-is-when-within-the-clock-resolution.json";

    @TempDir
    Path tmp;

    @Test
    void aMissingReportDirectory() {
        Path dir = tmp.resolve("nowhere");
        assertMessage(dir, () -> RunPage.write(dir), dir + ": no such directory");
    }

    @Test
    void aMissingSummary() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        assertMessage(dir, () -> RunPage.write(dir), dir.resolve("summary.json") + ": missing", "has no summary.json");
    }

    @Test
    void aSummaryThatIsNotJson() throws IOException {
        Path run = Fixtures.copyRun("reference", tmp.resolve("r"));
        Files.writeString(run.resolve("summary.json"), "{\n  \"format\": \"asyncio-tck-summary/1\",\n  \"loop\": {,\n}\n");
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": not JSON at line 3, column");
    }

    @Test
    void anEmptySummaryAndOneThatIsNotAnObject() throws IOException {
        Path run = Fixtures.copyRun("reference", tmp.resolve("r"));
        Files.writeString(run.resolve("summary.json"), "");
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": empty file");
        Files.writeString(run.resolve("summary.json"), "[1, 2]");
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": expected a conformance summary, "
                + "a JSON object, got an array");
    }

    @Test
    void anotherFormat() throws IOException {
        Path run = Fixtures.copyRun("reference", tmp.resolve("r"));
        ObjectNode summary = summary(run);
        summary.put("format", "asyncio-tck-summary/2");
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": at /format: expected "
                + "\"asyncio-tck-summary/1\", got \"asyncio-tck-summary/2\"");
    }

    @Test
    void aSavedCaseGivenAsTheSummary() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("u"));
        Files.copy(run.resolve(TIMER5_CASE), run.resolve("summary.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertMessage(run, () -> RunPage.write(run), "summary.json: at /format:", "(a saved case, not a summary)");
    }

    @Test
    void aMissingRequiredKey() throws IOException {
        Path run = Fixtures.copyRun("reference", tmp.resolve("r"));
        ObjectNode summary = summary(run);
        summary.remove("totals");
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": at (top level): missing \"totals\"");
        summary = summary(Fixtures.copyRun("reference", tmp.resolve("r2")));
        ((ObjectNode) summary.get("clauses").get(3)).remove("verdict");
        Path run2 = tmp.resolve("r2");
        save(run2, summary);
        assertMessage(run2, () -> RunPage.write(run2), run2.resolve("summary.json") + ": at /clauses/3: missing \"verdict\"");
    }

    @Test
    void aMistypedValueAnUnknownVerdictAndABadCheckIndex() throws IOException {
        Path run = Fixtures.copyRun("reference", tmp.resolve("r"));
        ObjectNode summary = summary(run);
        summary.put("seconds", "12.4");
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), "summary.json: at /seconds: expected a number, got a string");
        summary = summary(run);
        summary.put("seconds", 12.4);
        ((ObjectNode) summary.get("clauses").get(0)).put("verdict", "passd");
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), "summary.json: at /clauses/0/verdict: expected one of passed, failed, "
                + "explained, expected, skipped, untested, got \"passd\"");
        ((ObjectNode) summary.get("clauses").get(0)).put("verdict", "passed");
        ((ArrayNode) summary.get("clauses").get(0).get("checks")).add(999);
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), "summary.json: at /clauses/0/checks/3: check index 999 is out of range");
    }

    @Test
    void aCaseTheSummaryNamesIsMissing() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("u"));
        Files.delete(run.resolve(TIMER5_CASE));
        assertMessage(run, () -> RunPage.write(run), run.resolve("summary.json") + ": at /checks/",
                "/case: the saved case \"" + TIMER5_CASE + "\" is missing");
        assertMessage(run, () -> MatrixPage.combine(List.of(run), tmp.resolve("out")), "is missing");
    }

    @Test
    void aCaseThatIsNotJsonOrNotACase() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("u"));
        Path file = run.resolve(TIMER5_CASE);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertMessage(run, () -> RunPage.write(run), file + ": not JSON:", "(line ");
        ObjectNode c = (ObjectNode) Fixtures.mapper().readTree(text);
        c.put("format", "asyncio-tck-summary/1");
        Files.writeString(file, c.toString());
        assertMessage(run, () -> RunPage.write(run), file + ": at /format: expected \"asyncio-tck-case/1\"",
                "(a summary, not a saved case)");
        c.put("format", "asyncio-tck-case/1");
        c.remove("replay");
        Files.writeString(file, c.toString());
        assertMessage(run, () -> RunPage.write(run), file + ": at (root): missing \"replay\"");
        c.put("replay", "./tck replay x");
        c.put("verdict", "passed");
        Files.writeString(file, c.toString());
        assertMessage(run, () -> RunPage.write(run), file + ": at /verdict: expected failed or expected, got \"passed\"");
    }

    @Test
    void aCasePathOutsideTheReportDirectory() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("u"));
        ObjectNode summary = summary(run);
        ((ObjectNode) summary.get("checks").get(0)).put("case", "../../etc/passwd");
        save(run, summary);
        assertMessage(run, () -> RunPage.write(run), "summary.json: at /checks/0/case: \"../../etc/passwd\" is not a path "
                + "inside the report directory");
    }

    @Test
    void aBadRunAmongSeveralIsNamed() throws IOException {
        List<Path> runs = Fixtures.copyRuns(tmp.resolve("runs"));
        Files.writeString(runs.get(1).resolve("summary.json"), "{\"format\": \"asyncio-tck-summary/1\"}");
        assertMessage(runs.get(1), () -> MatrixPage.combine(runs, tmp.resolve("out")),
                runs.get(1).resolve("summary.json") + ": at (top level): missing \"checks\"");
    }

    @Test
    void unknownKeysAreIgnored() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("u"));
        ObjectNode summary = summary(run);
        summary.putObject("later").put("anything", 1);
        ((ObjectNode) summary.get("loop")).put("vendor", "x");
        ((ObjectNode) summary.get("clauses").get(0)).put("weight", 3);
        ((ObjectNode) summary.get("checks").get(0)).putArray("attachments").add("a.png");
        save(run, summary);
        ObjectNode c = (ObjectNode) Fixtures.json(run.resolve(TIMER5_CASE));
        c.put("newKey", true);
        ((ObjectNode) c.get("check")).put("tags", "x");
        Files.writeString(run.resolve(TIMER5_CASE), c.toString());
        assertDoesNotThrow(() -> RunPage.write(run));
        assertDoesNotThrow(() -> MatrixPage.combine(List.of(run), tmp.resolve("out")));
    }

    private static ObjectNode summary(Path run) {
        return (ObjectNode) Fixtures.json(run.resolve("summary.json"));
    }

    private static void save(Path run, ObjectNode summary) throws IOException {
        Files.writeString(run.resolve("summary.json"), summary.toPrettyString());
    }

    private static void assertMessage(Path what, org.junit.jupiter.api.function.Executable action, String... parts) {
        ReportException e = assertThrows(ReportException.class, action, "no error for " + what);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' does not say '" + part + "'");
        }
    }
}
