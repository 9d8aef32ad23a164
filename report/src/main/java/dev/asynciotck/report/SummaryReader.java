package dev.asynciotck.report;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckKind;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Level;
import dev.asynciotck.loop.LoopInfo;
import dev.asynciotck.checks.CheckOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a run's {@code summary.json} and checks what the pages rely on. */
final class SummaryReader {

    private SummaryReader() {
    }

    /**
     * @param reportDir a report directory of {@code ./tck run}
     * @return its summary
     * @throws ReportException naming the file and what is wrong: no such directory or file, not
     *                         JSON, another format, a missing or mistyped key, an unknown verdict
     */
    static RunSummary read(Path reportDir) {
        if (!Files.isDirectory(reportDir)) {
            throw new ReportException(reportDir + ": no such directory (expected the report directory of a run, "
                    + "with a summary.json)");
        }
        Path file = reportDir.resolve("summary.json");
        if (!Files.exists(file)) {
            throw new ReportException(file + ": missing: " + reportDir
                    + " has no summary.json (is it the report directory of ./tck run?)");
        }
        Fields root = new Fields(file, JsonFile.readObject(file, "a conformance summary"), "");
        String format = root.text("format");
        if (!RunSummary.FORMAT.equals(format)) {
            throw root.problem("/format", "expected \"" + RunSummary.FORMAT + "\", got \"" + format + "\""
                    + (format.startsWith("asyncio-tck-case/") ? " (a saved case, not a summary)" : ""));
        }
        List<CheckOutcome> checks = new ArrayList<>();
        for (Fields check : root.objects("checks")) {
            checks.add(check(check));
        }
        List<ClauseResult> clauses = new ArrayList<>();
        for (Fields clause : root.objects("clauses")) {
            clauses.add(clause(clause, checks.size()));
        }
        return new RunSummary(file, root.has("kit") ? root.text("kit") : "", loop(root.object("loop")),
                root.text("started"), root.number("seconds"),
                root.has("selection") ? Selection.from(root.object("selection")) : Selection.NONE,
                root.optionalText("expectations"), root.integer("exit"), Totals.from(root.object("totals")),
                clauses, checks, rootCauses(root, clauses));
    }

    /** The {@code rootCauses} of a summary (absent in summaries older than the field: none). */
    private static Map<String, List<String>> rootCauses(Fields root, List<ClauseResult> clauses) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (root.has("rootCauses")) {
            for (Fields cause : root.objects("rootCauses")) {
                String id = cause.text("clause");
                if (clauses.stream().noneMatch(c -> c.id().equals(id))) {
                    throw cause.problem(cause.at("clause"), "\"" + id + "\" is not a clause of the summary");
                }
                out.put(id, cause.has("explains") ? cause.texts("explains") : List.of());
            }
        }
        return out;
    }

    private static ClauseResult clause(Fields clause, int checkCount) {
        String levelWord = clause.text("level");
        Level level = Level.fromKeyword(levelWord).orElseThrow(() -> clause.problem(clause.at("level"),
                "expected MUST, SHOULD or MAY, got \"" + levelWord + "\""));
        Verdict verdict = verdict(clause, "verdict", true);
        List<Integer> indexes = new ArrayList<>();
        if (clause.has("checks")) {
            List<Long> given = clause.integers("checks");
            for (int i = 0; i < given.size(); i++) {
                long index = given.get(i);
                if (index < 0 || index >= checkCount) {
                    throw clause.problem(clause.at("checks") + "/" + i, "check index " + index
                            + " is out of range: the summary has " + checkCount + " checks");
                }
                indexes.add((int) index);
            }
        }
        return new ClauseResult(clause.text("id"), clause.has("where") ? clause.text("where") : "", clause.text("area"), level, clause.text("title"), verdict,
                clause.has("reason") ? clause.text("reason") : "", indexes);
    }

    private static CheckOutcome check(Fields check) {
        String kindWord = check.text("kind");
        CheckKind kind;
        try {
            kind = CheckKind.parse(kindWord);
        } catch (IllegalArgumentException e) {
            throw check.problem(check.at("kind"), e.getMessage());
        }
        return new CheckOutcome(new Check(kind, check.text("name"), check.has("where") ? check.text("where") : "",
                check.has("clauses") ? check.texts("clauses") : List.of()), verdict(check, "status", false),
                check.has("blamed") ? check.texts("blamed") : List.of(), check.has("reason") ? check.text("reason") : "",
                check.optionalText("case"));
    }

    /** @param fields the {@code loop} object of a summary or a saved case @return the loop */
    static LoopInfo loop(Fields fields) {
        return new LoopInfo(fields.text("id"), fields.text("implementation"));
    }

    private static Verdict verdict(Fields fields, String key, boolean clauseVerdict) {
        String word = fields.text(key);
        Verdict verdict = Verdict.parse(word).orElse(null);
        if (verdict == null || (!clauseVerdict && !verdict.ofChecks())) {
            String allowed = Arrays.stream(Verdict.values())
                    .filter(v -> clauseVerdict || v.ofChecks())
                    .map(Verdict::word).collect(Collectors.joining(", "));
            throw fields.problem(fields.at(key), "expected one of " + allowed + ", got \"" + word + "\"");
        }
        return verdict;
    }
}
