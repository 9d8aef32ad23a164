package dev.asynciotck.report;

import dev.asynciotck.cases.SavedCase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges the reports of several runs (one per implementation) into one clause × implementation
 * matrix page, {@code matrix.html} (spec/reports.md, {@code ./tck report combine}). Each run's saved
 * cases are copied beside it, under {@code cases/<column>/}, each with its page, and the failing and
 * expected-failure cells link to them.
 */
public final class MatrixPage {

    private MatrixPage() {
    }

    /**
     * Reads each run's {@code summary.json} and the saved cases it names, and writes
     * {@code outDir/matrix.html}, the copied cases and their pages.
     *
     * @param runDirs the report directories of the runs ({@code ./tck run --report DIR}), in column order
     * @param outDir  where the matrix goes (made if missing)
     * @throws ReportException when no run is given, or naming the file and what is wrong, when a
     *                         summary or a case it names is missing or malformed, or a file cannot
     *                         be written
     */
    public static void combine(List<Path> runDirs, Path outDir) {
        if (runDirs.isEmpty()) {
            throw new ReportException("no report directory given: name the report directories of one or more runs");
        }
        List<ReportRun> runs = new ArrayList<>();
        List<String> indexLinks = new ArrayList<>();
        for (Path dir : runDirs) {
            runs.add(ReportRun.load(dir));
            indexLinks.add(indexLink(dir, outDir));
        }
        List<MatrixColumn> columns = MatrixColumn.of(runs, indexLinks);
        for (MatrixColumn column : columns) {
            for (Map.Entry<String, SavedCase> e : column.run().cases().entrySet()) {
                String copy = column.caseCopyPath(e.getKey());
                String page = column.casePageHref(e.getKey());
                Output.copy(column.run().dir().resolve(e.getKey()), outDir.resolve(copy));
                Output.write(outDir.resolve(page), CasePageHtml.render(e.getValue(), Html.up(page) + "matrix.html",
                        "the matrix", Path.of(copy).getFileName().toString()));
            }
        }
        Output.write(outDir.resolve("matrix.html"), MatrixHtml.render(columns, MatrixRow.of(runs)));
    }

    /** @return the relative link from the matrix to the run's {@code index.html}, or null when it has none */
    private static String indexLink(Path runDir, Path outDir) {
        Path index = runDir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return null;
        }
        try {
            Path from = outDir.toAbsolutePath().normalize();
            return from.relativize(index.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
