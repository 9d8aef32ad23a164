package dev.asynciotck.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Loads the pages in headless Chromium and checks the DOM after their scripts ran: the page
 * says it rendered, no script error was recorded, the console is clean, and the content is there.
 * Without Chromium the test is skipped, or fails when {@code CI} is set.
 */
class BrowserRenderingTest {

    private static final Pattern ROW = Pattern.compile("<tr class=\"clause-row\" id=\"clause-([A-Z0-9-]+)\"([^>]*)>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("data-verdict=\"(\\w+)\" data-col=\"(\\d+)\"");

    private static Chromium chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = Chromium.find().orElse(null);
        if (chromium == null && System.getenv("CI") != null) {
            fail("no Chromium found (CI is set, so this is a failure): " + Chromium.INSTALL);
        }
    }

    @BeforeEach
    void skipWithoutChromium() {
        assumeTrue(chromium != null, "no Chromium found, browser tests skipped: " + Chromium.INSTALL);
    }

    @Test
    void theMatrixRendersWithOneRowPerClauseAndTheVerdictOfEachRun() throws Exception {
        List<Path> runs = Fixtures.copyRuns(tmp.resolve("runs"));
        MatrixPage.combine(runs, tmp.resolve("out"));
        Chromium.Dump dump = load(tmp.resolve("out/matrix.html"), "");
        Map<String, List<String>> expected = expectedVerdicts(runs);
        Map<String, List<String>> shown = new LinkedHashMap<>();
        Matcher row = ROW.matcher(dump.dom());
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                assertEquals(String.valueOf(cells.size()), cell.group(2), row.group(1) + ": columns in order");
                cells.add(cell.group(1));
            }
            shown.put(row.group(1), cells);
            assertFalse(row.group(2).contains("hidden"), row.group(1) + " is hidden without a filter");
        }
        assertEquals(73, shown.size(), "one row per clause");
        assertEquals(expected, shown, "the verdict of each clause in each run");
        assertEquals(3, count(dump.dom(), "<th scope=\"col\" class=\"run\""), "one column per run");
        assertTrue(dump.dom().contains("id=\"shown\" aria-live=\"polite\">73 of 73 clauses shown</span>"),
                "the filter script counted the rows");
    }

    @Test
    void theMatrixFiltersFromTheFragment() throws Exception {
        List<Path> runs = Fixtures.copyRuns(tmp.resolve("runs"));
        MatrixPage.combine(runs, tmp.resolve("out"));
        Chromium.Dump dump = load(tmp.resolve("out/matrix.html"), "#differ&level=SHOULD");
        List<String> visible = new ArrayList<>();
        Matcher row = ROW.matcher(dump.dom());
        while (row.find()) {
            if (!row.group(2).contains(" hidden")) {
                visible.add(row.group(1));
            }
        }
        assertEquals(List.of("LOOP-NEST-3", "LOOP-NEST-4"), visible, "SHOULD clauses where the runs differ");
        assertTrue(dump.dom().contains("2 of 73 clauses shown"), "the visible count");
        assertTrue(dump.dom().contains("data-shown=\"2\""));
    }

    @Test
    void theRunPageRenders() throws Exception {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        Chromium.Dump dump = load(run.resolve("index.html"), "");
        assertEquals(73, count(dump.dom(), "<tr class=\"clause-row\""), "every clause");
        assertTrue(dump.dom().contains("data-total=\"checks\">143<"), "the totals");
        assertTrue(dump.dom().contains("<li data-clause=\"LOOP-TIMER-5\">"), "the failed clause");
    }

    @Test
    void aCasePageRendersAndItsScriptRan() throws Exception {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        Chromium.Dump dump = load(run.resolve("cases/0002-a-callback-scheduled-after-stop-by-the-stopping-callback-wai.html"), "");
        assertTrue(dump.dom().contains("<button type=\"button\" id=\"copy-replay\">Copy</button>"),
                "the copy button is shown (the page's script unhid it)");
        assertTrue(dump.dom().contains("<li class=\"diverge\">scheduled after stop()</li>"), "the actual trace");
    }

    @Test
    void markupInTheReportsDoesNotRun() throws Exception {
        Path run = HostileRun.write(tmp.resolve("evil"));
        RunPage.write(run);
        MatrixPage.combine(List.of(run), tmp.resolve("out"));
        for (Path page : List.of(run.resolve("index.html"), run.resolve("cases/0001-evil name #1.html"),
                tmp.resolve("out/matrix.html"))) {
            Chromium.Dump dump = load(page, "");
            assertFalse(dump.dom().contains("data-pwned"), page + ": markup from the report ran");
        }
    }

    @Test
    void theseChecksNoticeABrokenScript() throws Exception {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, Page.document("broken", "<p>x</p>\n",
                "document.getElementById('no-such-element').hidden = false;\n"));
        Chromium.Dump dump = chromium.dumpDom(page.toUri().toString(), tmp.resolve("chromium-broken"));
        assertFalse(dump.dom().contains("data-rendered=\"yes\""), "a broken script never reaches its end");
        assertTrue(dump.dom().contains("data-script-errors=\"Uncaught TypeError"), "the error trap recorded it");
        assertTrue(dump.dom().contains("id=\"script-errors\""), "and showed a banner");
        assertFalse(dump.consoleLines("broken.html").isEmpty(), "the log has it");
    }

    /** Loads a page, checks it rendered without any script error, and returns the DOM. */
    private Chromium.Dump load(Path page, String fragment) throws IOException, InterruptedException {
        String url = page.toUri() + fragment;
        Chromium.Dump dump = chromium.dumpDom(url, tmp.resolve("chromium-" + page.getFileName().toString().hashCode()
                + "-" + System.nanoTime()));
        Matcher html = Pattern.compile("<html[^>]*>").matcher(dump.dom());
        assertTrue(html.find(), "no <html> in the DOM of " + url + ":\n" + dump.dom());
        assertTrue(html.group().contains("data-rendered=\"yes\""), url + ": the page's script did not finish: " + html.group());
        assertFalse(html.group().contains("data-script-errors"), url + ": script errors: " + html.group());
        assertFalse(dump.dom().contains("id=\"script-errors\""), url + ": the error banner is shown");
        List<String> console = dump.consoleLines(page.getFileName().toString().replace(" ", "%20").replace("#", "%23"));
        assertTrue(console.isEmpty(), url + ": console messages:\n" + String.join("\n", console));
        return dump;
    }

    /** @return per clause, its verdict in each run, from the summaries (read without the code under test) */
    private static Map<String, List<String>> expectedVerdicts(List<Path> runs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Path run : runs) {
            for (JsonNode clause : Fixtures.json(run.resolve("summary.json")).get("clauses")) {
                out.computeIfAbsent(clause.get("id").asText(), k -> new ArrayList<>()).add(clause.get("verdict").asText());
            }
        }
        return out;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
