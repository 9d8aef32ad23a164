package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Level;
import dev.asynciotck.checks.CheckOutcome;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clause × implementation matrix page, {@code matrix.html}: static HTML (one row per clause,
 * grouped by area; one column per run; per-column totals), with a small script that only filters
 * rows and keeps a visible count.
 */
final class MatrixHtml {

    private static final Verdict[] TOTALS = {Verdict.PASSED, Verdict.FAILED, Verdict.EXPLAINED, Verdict.EXPECTED, Verdict.SKIPPED,
        Verdict.UNTESTED};

    private MatrixHtml() {
    }

    /**
     * @param columns the runs, in column order
     * @param rows    the clauses
     * @return the page
     */
    static String render(List<MatrixColumn> columns, List<MatrixRow> rows) {
        StringBuilder b = new StringBuilder();
        long differing = rows.stream().filter(MatrixRow::differs).count();
        b.append("<h1>asyncio-tck: clauses × implementations</h1>\n<p class=\"muted\">").append(rows.size())
                .append(" clauses, ").append(columns.size()).append(columns.size() == 1 ? " run" : " runs").append("; ")
                .append(differing).append(" clauses where the implementations differ. Failing and expected-failure cells ")
                .append("link to the saved case.</p>\n");
        rootCauses(b, columns);
        toolbar(b, rows.size());
        b.append("<table class=\"matrix\" id=\"matrix\">\n<thead>\n<tr><th scope=\"col\">Clause</th><th scope=\"col\">Level</th>");
        for (int i = 0; i < columns.size(); i++) {
            heading(b, columns.get(i), i);
        }
        b.append("</tr>\n<tr class=\"totals\"><th colspan=\"2\">clause verdicts per run</th>");
        for (int i = 0; i < columns.size(); i++) {
            totals(b, rows, i);
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        String area = null;
        for (MatrixRow row : rows) {
            if (!row.area().equals(area)) {
                area = row.area();
                b.append("<tr class=\"area-row\" data-area=\"").append(Html.esc(area)).append("\"><th colspan=\"")
                        .append(columns.size() + 2).append("\">").append(Html.esc(area)).append("</th></tr>\n");
            }
            row(b, row, columns);
        }
        b.append("</tbody>\n</table>\n");
        return Page.document("asyncio-tck: clauses × implementations", b.toString(), PageScripts.MATRIX_FILTERS);
    }

    /** The root causes of each run first: what a loop author reads before the table. */
    private static void rootCauses(StringBuilder b, List<MatrixColumn> columns) {
        if (columns.stream().allMatch(c -> c.run().summary().rootCauses().isEmpty())) {
            return;
        }
        b.append("<h2>Root causes</h2>\n<dl class=\"facts\" id=\"root-causes\">\n");
        for (MatrixColumn column : columns) {
            Map<String, List<String>> roots = column.run().summary().rootCauses();
            b.append("<dt>").append(Html.esc(column.heading())).append("</dt><dd>");
            if (roots.isEmpty()) {
                b.append("<span class=\"muted\">none</span>");
            }
            roots.forEach((id, explains) -> b.append("<span class=\"cid\">").append(Html.esc(id)).append("</span>")
                    .append(explains.isEmpty() ? "" : " <span class=\"muted\">(explains " + Html.esc(String.join(", ", explains))
                            + ")</span>").append(' '));
            b.append("</dd>\n");
        }
        b.append("</dl>\n");
    }

    private static void toolbar(StringBuilder b, int rowCount) {
        b.append("<div class=\"toolbar\" role=\"search\">")
                .append("<label><input type=\"checkbox\" id=\"only-differ\"> only clauses where implementations differ</label>")
                .append("<label>level <select id=\"level\"><option value=\"\">all</option>");
        for (Level l : Level.values()) {
            b.append("<option>").append(l).append("</option>");
        }
        b.append("</select></label>")
                .append("<label>filter <input type=\"search\" id=\"filter\" placeholder=\"clause id or title\" size=\"24\"></label>")
                .append("<span class=\"shown\" id=\"shown\" aria-live=\"polite\">").append(rowCount).append(" clauses</span>")
                .append(Page.legend()).append("</div>\n");
    }

    private static void heading(StringBuilder b, MatrixColumn column, int index) {
        RunSummary s = column.run().summary();
        String loop = Html.esc(column.heading());
        b.append("<th scope=\"col\" class=\"run\" data-col=\"").append(index).append("\" data-slug=\"")
                .append(Html.esc(column.slug())).append("\">")
                .append(column.runIndexHref() == null ? loop
                        : "<a href=\"" + Html.href(column.runIndexHref()) + "\">" + loop + "</a>")
                .append("<span class=\"impl\">").append(Html.esc(s.loop().implementation())).append("</span>")
                .append("<span class=\"when\">").append(Html.esc(Formats.date(s.started()))).append("</span>")
                .append("<span class=\"when\">").append(s.totals().checks()).append(" checks · exit ").append(s.exit())
                .append("</span></th>");
    }

    private static void totals(StringBuilder b, List<MatrixRow> rows, int column) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (MatrixRow row : rows) {
            ClauseResult c = row.cells().get(column);
            if (c != null) {
                counts.merge(c.verdict(), 1, Integer::sum);
            }
        }
        b.append("<td data-col=\"").append(column).append("\">");
        for (Verdict v : TOTALS) {
            int n = counts.getOrDefault(v, 0);
            b.append("<span class=\"").append(VerdictCell.css(v)).append(n == 0 ? " zero" : "").append("\" data-total=\"")
                    .append(v.word()).append("\" title=\"").append(n).append(' ').append(v.word()).append("\">")
                    .append(v.symbol()).append('\u00a0').append(n).append("</span>");
        }
        b.append("</td>");
    }

    private static void row(StringBuilder b, MatrixRow row, List<MatrixColumn> columns) {
        b.append("<tr class=\"clause-row\" id=\"clause-").append(Html.esc(row.id())).append("\" data-id=\"")
                .append(Html.esc(row.id())).append("\" data-area=\"")
                .append(Html.esc(row.area())).append("\" data-level=\"").append(row.level()).append("\" data-differs=\"")
                .append(row.differs() ? "yes" : "no").append("\" data-text=\"")
                .append(Html.esc((row.id() + " " + row.title()).toLowerCase(Locale.ROOT))).append("\">")
                .append("<th scope=\"row\"><span class=\"cid\">").append(Html.esc(row.id())).append("</span> ")
                .append(Html.esc(row.title())).append("</th><td>").append(row.level()).append("</td>");
        for (int i = 0; i < columns.size(); i++) {
            ClauseResult c = row.cells().get(i);
            String col = " data-col=\"" + i + "\"";
            if (c == null) {
                b.append("<td class=\"v v-absent\" data-verdict=\"absent\"").append(col)
                        .append(" title=\"not in the catalogue of this run\">— n/a</td>");
                continue;
            }
            MatrixColumn column = columns.get(i);
            CheckOutcome check = column.run().summary().caseCheck(c);
            String tooltip = column.heading() + " · " + c.id() + ": " + c.verdict().word()
                    + (c.reason().isEmpty() ? "" : " — " + c.reason());
            b.append(VerdictCell.td(c.verdict(), check == null ? null : column.casePageHref(check.savedCase()), tooltip, col));
        }
        b.append("</tr>\n");
    }
}
