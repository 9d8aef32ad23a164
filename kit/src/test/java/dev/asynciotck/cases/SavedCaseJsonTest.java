package dev.asynciotck.cases;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.loop.LoopInfo;
import dev.asynciotck.settings.Setting;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.trace.TraceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SavedCaseJsonTest {

    private static SavedCase propertyCase() {
        return new SavedCase(
                new Check(CheckKind.PROPERTY, "timers run in deadline order",
                        "property-tests/src/main/java/dev/asynciotck/properties/SchedulingProperties.java:40",
                        List.of("LOOP-TIMER-1", "LOOP-TIMER-2")),
                new LoopInfo("python:uvloop", "uvloop 0.17.0"), Verdict.FAILED,
                "b1 (deadline t0+-4 ms) ran after b0 (deadline t0+2 ms)",
                new Evidence(ProgramText.parse("record('a')\n"), TraceText.parse("a: None\n"), Evidence.FROM_REFERENCE,
                        false, TraceText.parse("b: None\n"), null, "first divergence at event 1"),
                new SavedCase.PropertyRecipe("timers-run-in-deadline-order", List.of(3, 14, 159), 42L), "");
    }

    @Test
    void aCaseReadsBackAsWritten() {
        SavedCase saved = propertyCase();
        String json = SavedCaseJson.write(saved);
        assertTrue(json.contains("\"programText\""), json);
        SavedCase back = SavedCaseJson.read(json, "x.json");
        assertEquals(saved, back);
    }

    @Test
    void aScenarioCaseWithAFaultHasNoTraces() {
        SavedCase saved = new SavedCase(new Check(CheckKind.SCENARIO, "s", "features/a.feature:3", List.of("LOOP-SOON-1")),
                new LoopInfo("java:x.Y", "y"), Verdict.EXPECTED, "TIMEOUT",
                new Evidence(ProgramText.parse("pass\n"), TraceText.parse("a: None\n"), Evidence.FROM_SCENARIO, true, null,
                        "TIMEOUT: no answer", null), null, "r");
        SavedCase back = SavedCaseJson.read(SavedCaseJson.write(saved), "x.json");
        assertEquals(saved, back);
        assertNull(back.evidence().actual());
    }

    @Test
    void anExpectedTraceNamingObjectsWithoutTheirKindIsKeptInItsTextForm() {
        SavedCase saved = new SavedCase(new Check(CheckKind.SCENARIO, "s", "features/a.feature:3", List.of("FUT-CB-1")),
                new LoopInfo("java:x.Y", "y"), Verdict.FAILED, "first divergence at event 1",
                new Evidence(ProgramText.parse("pass\n"), TraceText.parse("done callback: f\n"), Evidence.FROM_SCENARIO,
                        false, TraceText.parse("other: None\n"), null, "first divergence at event 1"), null, "r");
        String json = SavedCaseJson.write(saved);
        assertTrue(json.contains("\"expected\": null") && json.contains("done callback: f"), json);
        assertEquals(saved, SavedCaseJson.read(json, "x.json"));
    }

    @Test
    void notACaseNamesTheFileAndWhere() {
        String wrongFormat = SavedCaseJson.write(propertyCase()).replace("asyncio-tck-case/1", "asyncio-tck-summary/1");
        assertEquals("x.json: at /format: expected \"asyncio-tck-case/1\", got \"asyncio-tck-summary/1\" (a summary, not a saved case)",
                assertThrows(SavedCaseFormatException.class, () -> SavedCaseJson.read(wrongFormat, "x.json")).getMessage());
        String noLoop = SavedCaseJson.write(propertyCase()).replace("\"loop\"", "\"lop\"");
        assertEquals("x.json: at (root): missing \"loop\"",
                assertThrows(SavedCaseFormatException.class, () -> SavedCaseJson.read(noLoop, "x.json")).getMessage());
        String badRecipe = SavedCaseJson.write(propertyCase()).replace("159", "\"159\"");
        assertTrue(assertThrows(SavedCaseFormatException.class, () -> SavedCaseJson.read(badRecipe, "x.json"))
                .getMessage().startsWith("x.json: at /property/recipe/2: expected an integer"));
        assertTrue(assertThrows(SavedCaseFormatException.class, () -> SavedCaseJson.read("{", "x.json"))
                .getMessage().startsWith("x.json: not JSON"));
    }

    @Test
    void savedCasesGetNumberedFilesAndAReplayCommand(@TempDir Path dir) throws Exception {
        String before = System.getProperty(Setting.REPORT.property());
        System.setProperty(Setting.REPORT.property(), dir.toString());
        try {
            CaseDirectory cases = CaseDirectory.ofRun();
            Path one = cases.save(propertyCase());
            Path two = cases.save(propertyCase());
            assertTrue(one.getFileName().toString().endsWith("-timers-run-in-deadline-order.json"), one.toString());
            assertTrue(!one.equals(two) && Files.exists(two));
            SavedCase back = SavedCaseJson.read(Files.readString(one), one.toString());
            assertTrue(back.replay().startsWith("./tck replay ") && back.replay().contains(" --loop python:uvloop"),
                    back.replay());
        } finally {
            if (before == null) {
                System.clearProperty(Setting.REPORT.property());
            } else {
                System.setProperty(Setting.REPORT.property(), before);
            }
        }
    }

    @Test
    void slugsAreShortAndPlain() {
        assertEquals("call-soon-is-fifo", CaseDirectory.slug("call_soon is FIFO"));
        assertEquals("check", CaseDirectory.slug("<>"));
    }
}
