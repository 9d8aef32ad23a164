package dev.asynciotck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPageTest {

    private static final String TIMER5_CASE = "cases/0001-call-at-when-when-is-when-within-the-clock-resolution";

    @TempDir
    Path tmp;

    @Test
    void writesTheIndexAndOnePageBesideEachCase() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        assertTrue(Files.isRegularFile(run.resolve("index.html")));
        try (Stream<Path> cases = Files.list(run.resolve("cases"))) {
            List<Path> json = cases.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(8, json.size());
            for (Path c : json) {
                Path page = c.resolveSibling(c.getFileName().toString().replace(".json", ".html"));
                assertTrue(Files.isRegularFile(page), "no page for " + c);
            }
        }
    }

    @Test
    void theIndexShowsTheRunAndItsTotals() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        String html = Files.readString(run.resolve("index.html"));
        assertTrue(html.contains("<span class=\"mono\" id=\"loop-id\">python:uvloop</span>"), "loop id");
        assertTrue(html.contains("uvloop 0.17.0 on cpython 3.11.2"), "implementation");
        assertTrue(html.contains("2026-11-21 10:06 UTC"), "date");
        assertTrue(html.contains("1 min 28.9 s"), "duration");
        assertTrue(html.contains("1 (some checks failed)"), "exit");
        assertEquals("143", total(html, "checks"));
        assertEquals("135", total(html, "passed"));
        assertEquals("1", total(html, "failed"));
        assertEquals("7", total(html, "expected"));
        assertEquals("0", total(html, "skipped"));
        Matcher all = Pattern.compile("<tr class=\"all\">(.*?)</tr>").matcher(html);
        assertTrue(all.find(), "the all-areas row");
        assertEquals("64", count(all.group(1), "passed"));
        assertEquals("1", count(all.group(1), "failed"));
        assertEquals("8", count(all.group(1), "expected"));
        assertEquals("0", count(all.group(1), "untested"));
        Matcher mayTimers = Pattern.compile("<tr data-area=\"timers\" data-level=\"MAY\">(.*?)</tr>").matcher(html);
        assertTrue(mayTimers.find(), "the timers × MAY row");
        assertEquals("1", count(mayTimers.group(1), "expected"));
    }

    @Test
    void theFailedClauseIsListedWithItsReasonAndCase() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        String html = Files.readString(run.resolve("index.html"));
        Matcher list = Pattern.compile("<ul id=\"failed-clauses\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
        assertTrue(list.find(), "the failed clauses");
        assertEquals(1, list.group(1).split("<li ", -1).length - 1, list.group(1));
        assertTrue(list.group(1).contains("LOOP-TIMER-5"), list.group(1));
        assertTrue(list.group(1).contains("expected: not after when: True; actual:   not after when: False"), list.group(1));
        assertTrue(list.group(1).contains("href=\"" + TIMER5_CASE + ".html\""), list.group(1));
        Matcher row = Pattern.compile("<tr class=\"clause-row\" data-clause=\"LOOP-TIMER-5\">(.*?)</tr>").matcher(html);
        assertTrue(row.find(), "the LOOP-TIMER-5 row");
        assertTrue(row.group(1).contains("data-verdict=\"failed\""), row.group(1));
        assertTrue(row.group(1).contains("<a href=\"" + TIMER5_CASE + ".html\">✗ failed</a>"), row.group(1));
        assertEquals(73, html.split("<tr class=\"clause-row\"", -1).length - 1, "every clause");
    }

    @Test
    void skippedChecksAreListedWithTheirReasons() throws IOException {
        Path run = Fixtures.copyRun("python-asyncio", tmp.resolve("asyncio"));
        RunPage.write(run);
        String html = Files.readString(run.resolve("index.html"));
        Matcher table = Pattern.compile("<table id=\"skipped\">(.*?)</table>", Pattern.DOTALL).matcher(html);
        assertTrue(table.find(), "the skipped checks");
        assertEquals(7, table.group(1).split("<tr><td>", -1).length - 1);
        assertTrue(table.group(1).contains(
                "skipped: clause TASK-CANCEL-8 holds for Python 3.11+, the loop under test runs on 3.10.13"));
        assertTrue(html.contains("<p class=\"muted\" id=\"failed-clauses\">No clause failed.</p>"));
    }

    @Test
    void everyLinkOfTheIndexAndTheCasePagesLeadsToAFile() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(run)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(9, pages.size());
        for (Path page : pages) {
            List<String> hrefs = Links.hrefs(Files.readString(page));
            assertFalse(hrefs.isEmpty(), page + " has no link");
            for (String href : hrefs) {
                assertFalse(href.matches("^[a-z]+:.*") || href.startsWith("/"), page + ": not relative: " + href);
                assertTrue(Files.isRegularFile(Links.target(page, href)), page + ": " + href + " leads nowhere");
            }
        }
    }

    @Test
    void aScenarioCasePageShowsProgramTracesDivergenceAndReplay() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        String html = Files.readString(run.resolve(TIMER5_CASE + ".html"));
        assertTrue(html.contains("<span id=\"check-name\">call_at(when).when() is when, within the clock resolution</span>"));
        assertTrue(html.contains("record(&quot;not before when&quot;, h.when() &gt;= when - clock_resolution())"), "program");
        assertTrue(html.contains("<h2>Expected <span class=\"qual\">(scenario)</span></h2>"), "expected source");
        assertTrue(html.contains("<li>not before when: True</li><li class=\"diverge\">not after when: True</li>"),
                "expected trace, divergent event marked");
        assertTrue(html.contains("<li class=\"diverge\">not after when: False</li>"), "actual trace");
        assertTrue(html.contains("<pre id=\"divergence\">first divergence at event 2:"), "divergence");
        assertTrue(html.contains("<code id=\"replay\">./tck replay target/r/uvloop/" + TIMER5_CASE
                + ".json --loop python:uvloop --python /usr/bin/python3</code>"), "replay");
        assertTrue(html.contains("features/timers/clock.feature:69"), "where");
        assertFalse(html.contains("<h2>Property</h2>"), "no property part");
        assertFalse(html.contains("<h2>Fault</h2>"), "no fault");
    }

    @Test
    void aPropertyCasePageShowsTheRecipeAndTheReferenceLoop() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        RunPage.write(run);
        String html = Files.readString(run.resolve("cases/0008-timers-run-in-deadline-order.html"));
        assertTrue(html.contains("<h2>Expected <span class=\"qual\">(reference loop)</span></h2>"));
        assertTrue(html.contains("<span class=\"mono\">timers-run-in-deadline-order</span>"));
        assertTrue(html.contains("<code>[7, 1]</code>"));
        assertTrue(html.contains("<dt>Seed</dt><dd>42</dd>"));
        assertTrue(html.contains("t1 (deadline t0+-4 ms) ran after t0 (deadline t0+-2 ms)"));
        assertTrue(html.contains("expected failure (the run&#39;s expectations file lists it)"));
    }

    @Test
    void aCaseWithoutATraceShowsItsFault() throws IOException {
        Path run = Fixtures.copyRun("python-uvloop", tmp.resolve("uvloop"));
        Path file = run.resolve(TIMER5_CASE + ".json");
        ObjectNode c = (ObjectNode) Fixtures.json(file);
        c.putNull("actual");
        c.putNull("actualText");
        c.putNull("divergence");
        c.put("fault", "TIMEOUT: the program did not finish within 10 s");
        Files.writeString(file, c.toString());
        RunPage.write(run);
        String html = Files.readString(run.resolve(TIMER5_CASE + ".html"));
        assertTrue(html.contains("<pre id=\"fault\">TIMEOUT: the program did not finish within 10 s</pre>"));
        assertTrue(html.contains("no trace: the loop gave none (see the fault below)"));
        assertTrue(html.contains("<p class=\"muted\">nothing to compare</p>"));
    }

    private static String total(String html, String name) {
        Matcher m = Pattern.compile("data-total=\"" + name + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "no total " + name);
        return m.group(1);
    }

    private static String count(String row, String verdict) {
        Matcher m = Pattern.compile("data-verdict=\"" + verdict + "\">(\\d+)<").matcher(row);
        assertTrue(m.find(), "no count " + verdict + " in " + row);
        return m.group(1);
    }
}
