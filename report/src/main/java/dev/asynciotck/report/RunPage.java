package dev.asynciotck.report;

import dev.asynciotck.cases.SavedCase;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the pages of one run (spec/reports.md): {@code index.html}, the summary of the run, and
 * beside each saved case {@code cases/NAME.json} its page {@code cases/NAME.html}.
 */
public final class RunPage {

    private RunPage() {
    }

    /**
     * Reads {@code reportDir/summary.json} and every saved case it names, and writes
     * {@code reportDir/index.html} and one page per case.
     *
     * @param reportDir the report directory of a run ({@code ./tck run --report DIR})
     * @throws ReportException naming the file and what is wrong, when the summary or a case it
     *                         names is missing or malformed, or a page cannot be written
     */
    public static void write(Path reportDir) {
        ReportRun run = ReportRun.load(reportDir);
        for (Map.Entry<String, SavedCase> e : run.cases().entrySet()) {
            String page = CasePaths.pagePath(e.getKey());
            Output.write(reportDir.resolve(page), CasePageHtml.render(e.getValue(), Html.up(page) + "index.html",
                    "summary of the run", Path.of(e.getKey()).getFileName().toString()));
        }
        Output.write(reportDir.resolve("index.html"), RunIndexHtml.render(run));
    }
}
