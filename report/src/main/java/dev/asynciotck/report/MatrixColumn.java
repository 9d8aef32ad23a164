package dev.asynciotck.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One column of the matrix: a run, with a heading and a folder name of its own.
 *
 * @param run          the run
 * @param heading      its loop id, with {@code #2}, {@code #3}… when an earlier column has the same loop id
 * @param slug         the folder of its cases under {@code cases/}, unique among the columns
 * @param runIndexHref the relative link to the run's own {@code index.html}, or null when it has none
 */
record MatrixColumn(ReportRun run, String heading, String slug, String runIndexHref) {

    /**
     * @param runs          the runs, in column order
     * @param runIndexHrefs for each run, the link to its {@code index.html}, or null
     * @return their columns, with distinct headings and slugs
     */
    static List<MatrixColumn> of(List<ReportRun> runs, List<String> runIndexHrefs) {
        List<MatrixColumn> out = new ArrayList<>();
        Set<String> headings = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            String id = runs.get(i).summary().loop().id();
            String heading = id;
            for (int n = 2; !headings.add(heading); n++) {
                heading = id + " #" + n;
            }
            String base = slug(id);
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            out.add(new MatrixColumn(runs.get(i), heading, slug, runIndexHrefs.get(i)));
        }
        return out;
    }

    /** @param casePath a case path of this column's run @return the link to its page, from the matrix page */
    String casePageHref(String casePath) {
        return "cases/" + slug + "/" + CasePaths.pagePath(CasePaths.belowCases(casePath));
    }

    /** @param casePath a case path of this column's run @return where its copy goes, relative to the matrix page */
    String caseCopyPath(String casePath) {
        return "cases/" + slug + "/" + CasePaths.belowCases(casePath);
    }

    private static String slug(String loopId) {
        String slug = loopId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "run" : slug;
    }
}
