package dev.asynciotck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixPageTest {

    private static final Pattern CELL = Pattern.compile("<td class=\"v [^\"]*\" data-verdict=\"(\\w+)\" data-col=\"(\\d+)\"[^>]*>(.*?)</td>");

    @TempDir
    Path tmp;

    @Test
    void oneRowPerClauseAndOneColumnPerRun() throws IOException {
        String html = combine(Fixtures.copyRuns(tmp.resolve("runs")));
        assertEquals(73, html.split("<tr class=\"clause-row\"", -1).length - 1);
        assertEquals(9, html.split("<tr class=\"area-row\"", -1).length - 1);
        assertEquals(3, html.split("<th scope=\"col\" class=\"run\"", -1).length - 1);
        assertEquals(List.of("passed", "passed", "failed"), verdicts(html, "LOOP-TIMER-5"));
        assertEquals(List.of("untested", "passed", "passed"), verdicts(html, "LOOP-SOON-6"));
        assertEquals(List.of("passed", "skipped", "passed"), verdicts(html, "TASK-CANCEL-8"));
        assertEquals(List.of("passed", "passed", "expected"), verdicts(html, "LOOP-NEST-4"));
        assertTrue(row(html, "LOOP-NEST-4").contains("data-level=\"SHOULD\" data-differs=\"yes\""));
        assertTrue(row(html, "LOOP-RUN-1").contains("data-differs=\"no\""));
    }

    @Test
    void theTotalsRowCountsTheClauseVerdictsOfEachColumn() throws IOException {
        String html = combine(Fixtures.copyRuns(tmp.resolve("runs")));
        assertEquals(Map.of("passed", 70, "failed", 0, "explained", 0, "expected", 0, "skipped", 0, "untested", 3), totals(html, 0));
        assertEquals(Map.of("passed", 69, "failed", 0, "explained", 0, "expected", 0, "skipped", 4, "untested", 0), totals(html, 1));
        assertEquals(Map.of("passed", 64, "failed", 1, "explained", 0, "expected", 8, "skipped", 0, "untested", 0), totals(html, 2));
    }

    @Test
    void failingAndExpectedCellsLinkToTheCopiedCasePages() throws IOException {
        combine(Fixtures.copyRuns(tmp.resolve("runs")));
        Path matrix = tmp.resolve("out/matrix.html");
        String html = Files.readString(matrix);
        int linked = 0;
        Matcher m = CELL.matcher(html);
        while (m.find()) {
            boolean failing = m.group(1).equals("failed") || m.group(1).equals("expected");
            List<String> hrefs = Links.hrefs(m.group(3));
            assertEquals(failing ? 1 : 0, hrefs.size(), m.group());
            for (String href : hrefs) {
                assertTrue(href.startsWith("cases/python-uvloop/"), href);
                Path page = Links.target(matrix, href);
                assertTrue(Files.isRegularFile(page), href + " leads nowhere");
                linked++;
            }
        }
        assertEquals(9, linked, "one failed and eight expected cells");
        try (Stream<Path> copies = Files.list(tmp.resolve("out/cases/python-uvloop"))) {
            assertEquals(16, copies.count(), "eight cases, each with its page");
        }
        String timer5 = Links.hrefs(row(html, "LOOP-TIMER-5")).get(0);
        assertTrue(Files.readString(Links.target(matrix, timer5)).contains("call_at(when).when() is when"), timer5);
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFile() throws IOException {
        List<Path> runs = Fixtures.copyRuns(tmp.resolve("runs"));
        runs.forEach(RunPage::write);
        combine(runs);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(tmp.resolve("out"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(9, pages.size());
        for (Path page : pages) {
            for (String href : Links.hrefs(Files.readString(page))) {
                assertFalse(href.matches("^[a-z]+:.*") || href.startsWith("/"), page + ": not relative: " + href);
                assertTrue(Files.isRegularFile(Links.target(page, href)), page + ": " + href + " leads nowhere");
            }
        }
        String html = Files.readString(tmp.resolve("out/matrix.html"));
        assertTrue(html.contains("<a href=\"../runs/python-uvloop/index.html\">python:uvloop</a>"), "link to the run's page");
    }

    @Test
    void twoRunsOfTheSameLoopGetDistinctColumns() throws IOException {
        Path first = Fixtures.copyRun("python-uvloop", tmp.resolve("a"));
        Path second = Fixtures.copyRun("python-uvloop", tmp.resolve("b"));
        String html = combine(List.of(first, second));
        assertTrue(html.contains("data-slug=\"python-uvloop\">python:uvloop<"), "first heading");
        assertTrue(html.contains("data-slug=\"python-uvloop-2\">python:uvloop #2<"), "second heading");
        Matcher m = CELL.matcher(row(html, "LOOP-TIMER-5"));
        assertTrue(m.find() && m.group(3).contains("href=\"cases/python-uvloop/0001-"), "first column's case");
        assertTrue(m.find() && m.group(3).contains("href=\"cases/python-uvloop-2/0001-"), "second column's case");
        assertTrue(Files.isDirectory(tmp.resolve("out/cases/python-uvloop-2")));
    }

    @Test
    void noRunIsAnError() {
        ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                () -> MatrixPage.combine(List.of(), tmp.resolve("out")));
        assertTrue(e.getMessage().contains("no report directory given"), e.getMessage());
    }

    private String combine(List<Path> runs) throws IOException {
        MatrixPage.combine(runs, tmp.resolve("out"));
        return Files.readString(tmp.resolve("out/matrix.html"));
    }

    static String row(String html, String clause) {
        Matcher m = Pattern.compile("<tr class=\"clause-row\" id=\"clause-" + Pattern.quote(clause) + "\".*?</tr>")
                .matcher(html);
        assertTrue(m.find(), "no row " + clause);
        return m.group();
    }

    static List<String> verdicts(String html, String clause) {
        Matcher m = CELL.matcher(row(html, clause));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            assertEquals(String.valueOf(out.size()), m.group(2), "columns in order");
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, Integer> totals(String html, int column) {
        Matcher td = Pattern.compile("<td data-col=\"" + column + "\">(.*?)</td>").matcher(html);
        assertTrue(td.find(), "no totals of column " + column);
        Map<String, Integer> out = new java.util.HashMap<>();
        Matcher span = Pattern.compile("data-total=\"(\\w+)\" title=\"(\\d+) \\w+\">").matcher(td.group(1));
        while (span.find()) {
            out.put(span.group(1), Integer.parseInt(span.group(2)));
        }
        return out;
    }
}
