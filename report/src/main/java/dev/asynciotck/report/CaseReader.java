package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;

import java.nio.file.Path;
import java.util.List;

/** Reads a saved case, {@code cases/*.json}, and checks what its page relies on. */
final class CaseReader {

    private CaseReader() {
    }

    /**
     * @param file a saved case
     * @return the case
     * @throws ReportException naming the file and what is wrong: not JSON, another format, a missing
     *                         or mistyped key, a verdict other than failed or expected
     */
    static SavedCaseView read(Path file) {
        Fields root = new Fields(file, JsonFile.readObject(file, "a saved case"), "");
        String format = root.text("format");
        if (!SavedCaseView.FORMAT.equals(format)) {
            throw root.problem("/format", "expected \"" + SavedCaseView.FORMAT + "\", got \"" + format + "\""
                    + (format.startsWith("asyncio-tck-summary/") ? " (a summary, not a saved case)" : ""));
        }
        Fields check = root.object("check");
        String verdictWord = root.text("verdict");
        Verdict verdict = Verdict.parse(verdictWord)
                .filter(v -> v == Verdict.FAILED || v == Verdict.EXPECTED)
                .orElseThrow(() -> root.problem("/verdict", "expected failed or expected, got \"" + verdictWord + "\""));
        SavedCaseView.PropertyInfo property = null;
        if (root.has("property")) {
            Fields p = root.object("property");
            property = new SavedCaseView.PropertyInfo(p.text("id"), p.has("recipe") ? p.integers("recipe") : List.of(),
                    p.has("seed") ? p.integer("seed") : null);
        }
        return new SavedCaseView(file, check.text("kind"), check.text("name"),
                check.has("where") ? check.text("where") : "", check.texts("clauses"),
                SummaryReader.loop(root.object("loop")), verdict, root.text("message"), root.text("programText"),
                root.optionalText("expectedText"), root.optionalText("expectedSource"), root.flag("anyOrder"),
                root.optionalText("actualText"), root.optionalText("fault"), root.optionalText("divergence"),
                property, root.text("replay"));
    }
}
