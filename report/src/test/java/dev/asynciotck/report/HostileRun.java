package dev.asynciotck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run whose every text is markup: if any of it reached a page unescaped, the page would set
 * {@code data-pwned} on {@code <html>} (or break an attribute open).
 */
final class HostileRun {

    /** Markup that would run as a script. */
    static final String SCRIPT = "<script>document.documentElement.dataset.pwned='yes'</script>";
    /** Markup that would break out of a quoted attribute. */
    static final String ATTRIBUTE = "\" onmouseover=\"document.documentElement.dataset.pwned='yes'\" x=\"";
    /** The case path: a space and a {@code #} in the file name. */
    static final String CASE = "cases/0001-evil name #1.json";

    private HostileRun() {
    }

    /** @param dir where the run goes @return the report directory */
    static Path write(Path dir) {
        ObjectNode summary = Fixtures.mapper().createObjectNode();
        summary.put("format", "asyncio-tck-summary/1");
        summary.put("kit", "0.1.0 & " + SCRIPT);
        ObjectNode loop = summary.putObject("loop");
        loop.put("id", "evil:<b>loop</b>");
        loop.put("implementation", SCRIPT + " & <i>1.0</i>");
        summary.put("started", "2026-11-21T10:00:00Z");
        summary.put("seconds", 1.5);
        ObjectNode selection = summary.putObject("selection");
        selection.putArray("clauses").add("EVIL-1");
        selection.put("tags", "!" + SCRIPT);
        summary.put("expectations", "x/" + SCRIPT + ".yaml");
        summary.put("exit", 1);
        ObjectNode totals = summary.putObject("totals");
        totals.put("checks", 2).put("passed", 0).put("failed", 1).put("skipped", 1).put("expected", 0);
        ArrayNode clauses = summary.putArray("clauses");
        ObjectNode clause = clauses.addObject();
        clause.put("id", "EVIL-1");
        clause.put("area", "area <u>&amp;</u>" + ATTRIBUTE);
        clause.put("level", "MUST");
        clause.put("title", "a title " + SCRIPT);
        clause.put("verdict", "failed");
        clause.put("reason", "a reason " + ATTRIBUTE + SCRIPT);
        clause.putArray("checks").add(0).add(1);
        ArrayNode checks = summary.putArray("checks");
        ObjectNode failed = checks.addObject();
        failed.put("name", "check " + SCRIPT);
        failed.put("kind", "scenario");
        failed.put("where", "features/" + SCRIPT + ".feature:1");
        failed.putArray("clauses").add("EVIL-1");
        failed.put("status", "failed");
        failed.put("reason", "why " + ATTRIBUTE);
        failed.put("case", CASE);
        ObjectNode skipped = checks.addObject();
        skipped.put("name", "skipped " + SCRIPT);
        skipped.put("kind", "property");
        skipped.put("where", "x#y");
        skipped.putArray("clauses").add("EVIL-1");
        skipped.put("status", "skipped");
        skipped.put("reason", "skipped because " + SCRIPT);

        ObjectNode c = Fixtures.mapper().createObjectNode();
        c.put("format", "asyncio-tck-case/1");
        ObjectNode check = c.putObject("check");
        check.put("kind", "scenario");
        check.put("name", "check " + SCRIPT);
        check.put("where", "features/" + ATTRIBUTE);
        check.putArray("clauses").add("EVIL-1").add(SCRIPT);
        c.set("loop", loop.deepCopy());
        c.put("verdict", "failed");
        c.put("message", "message " + SCRIPT + ATTRIBUTE);
        ObjectNode program = c.putObject("program");
        program.put("format", "asyncio-tck-program/1");
        ObjectNode call = program.putArray("main").addObject().put("op", "expr").putObject("value");
        call.putObject("call").put("name", "record");
        call.putArray("args").addObject().put("const", "</pre>" + SCRIPT);
        c.put("programText", "record(\"</pre>" + SCRIPT + "\")\n");
        c.set("expected", trace("</ol>" + SCRIPT));
        c.put("expectedText", "a: '</ol>" + SCRIPT + "'\n");
        c.put("expectedSource", "scenario " + SCRIPT);
        c.put("anyOrder", false);
        c.set("actual", trace("</li>" + SCRIPT));
        c.put("actualText", "a: '</li>" + SCRIPT + "'\n");
        c.put("fault", "CRASH: " + SCRIPT);
        c.put("divergence", "first divergence at event 1:\n  expected: " + SCRIPT);
        ObjectNode property = c.putObject("property");
        property.put("id", "p-" + SCRIPT);
        property.putArray("recipe").add(1).add(2);
        property.put("seed", 7);
        c.put("replay", "./tck replay '</code>" + SCRIPT + "' --loop evil");
        try {
            Files.createDirectories(dir.resolve("cases"));
            Files.writeString(dir.resolve("summary.json"), summary.toPrettyString());
            Files.writeString(dir.resolve(CASE), c.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** @return the JSON of a trace of one event {@code a} with this value */
    private static ObjectNode trace(String value) {
        ObjectNode trace = Fixtures.mapper().createObjectNode();
        trace.put("format", "asyncio-tck-trace/1");
        trace.putArray("events").addObject().put("label", "a").put("value", value);
        return trace;
    }
}
