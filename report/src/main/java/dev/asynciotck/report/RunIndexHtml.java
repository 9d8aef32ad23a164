package dev.asynciotck.report;

import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.CheckOutcome;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.clause.Level;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary page of one run, {@code index.html}: the loop, date, duration, exit and totals; the
 * clause verdicts per area and level; the failed clauses and checks with their reasons; every
 * clause's verdict (linked to its case); the skipped checks with their reasons.
 */
final class RunIndexHtml {

    private static final Verdict[] COLUMNS = {Verdict.PASSED, Verdict.FAILED, Verdict.EXPLAINED, Verdict.EXPECTED, Verdict.SKIPPED,
        Verdict.UNTESTED};

    private RunIndexHtml() {
    }

    /**
     * @param run the run
     * @return the page, whose case links are the case pages beside the case files
     */
    static String render(ReportRun run) {
        RunSummary s = run.summary();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Conformance of <span class=\"mono\" id=\"loop-id\">").append(Html.esc(s.loop().id()))
                .append("</span></h1>\n<p class=\"muted\" id=\"implementation\">").append(Html.esc(s.loop().implementation()))
                .append("</p>\n");
        facts(b, s);
        rootCauses(b, s);
        totals(b, s.totals());
        b.append(Page.legend());
        byAreaAndLevel(b, s.clauses());
        clauseList(b, s, Verdict.FAILED, "failed-clauses", "Failed clauses", "No clause failed.");
        clauseList(b, s, Verdict.EXPECTED, "expected-clauses", "Expected failures",
                "No clause failed as expected.");
        failedChecks(b, s);
        clauses(b, s);
        skipped(b, s);
        return Page.document("asyncio-tck: " + s.loop().id() + " — " + Formats.date(s.started()), b.toString(), "");
    }

    private static void facts(StringBuilder b, RunSummary s) {
        Selection sel = s.selection();
        List<String> limits = new ArrayList<>();
        limits.add(sel.clauses().isEmpty() ? "every clause" : "clauses " + String.join(", ", sel.clauses()));
        if (!sel.tags().isEmpty()) {
            limits.add("tags " + sel.tags());
        }
        if (sel.seed() != null) {
            limits.add("seed " + sel.seed());
        }
        if (sel.tries() != null) {
            limits.add(sel.tries() + " tries per property");
        }
        b.append("<dl class=\"facts\" id=\"facts\">\n");
        fact(b, "Started", Html.esc(Formats.date(s.started())));
        fact(b, "Duration", Html.esc(Formats.duration(s.seconds())));
        fact(b, "Exit", Html.esc(Formats.exit(s.exit())));
        fact(b, "Selection", Html.esc(String.join("; ", limits)));
        fact(b, "Expectations", s.expectations() == null ? "<span class=\"muted\">none</span>"
                : "<span class=\"mono\">" + Html.esc(s.expectations()) + "</span>");
        if (!s.kit().isEmpty()) {
            fact(b, "Kit", Html.esc(s.kit()));
        }
        b.append("</dl>\n");
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static void totals(StringBuilder b, Totals t) {
        b.append("<h2>Checks</h2>\n<table id=\"totals\"><thead><tr><th>checks</th>");
        for (Verdict v : new Verdict[] {Verdict.PASSED, Verdict.FAILED, Verdict.EXPECTED, Verdict.SKIPPED}) {
            b.append("<th class=\"").append(VerdictCell.css(v)).append("\">").append(Html.esc(v.label())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody><tr><td class=\"num\" data-total=\"checks\">").append(t.checks()).append("</td>");
        long[] counts = {t.passed(), t.failed(), t.expected(), t.skipped()};
        String[] names = {"passed", "failed", "expected", "skipped"};
        for (int i = 0; i < counts.length; i++) {
            b.append(number(counts[i], " data-total=\"" + names[i] + "\""));
        }
        b.append("</tr></tbody></table>\n");
    }

    private static String number(long n, String attrs) {
        return "<td class=\"num" + (n == 0 ? " zero" : "") + "\"" + attrs + ">" + n + "</td>";
    }

    private static void byAreaAndLevel(StringBuilder b, List<ClauseResult> clauses) {
        Map<String, Map<Level, Map<Verdict, Integer>>> counts = new LinkedHashMap<>();
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (ClauseResult c : clauses) {
            counts.computeIfAbsent(c.area(), a -> new EnumMap<>(Level.class))
                    .computeIfAbsent(c.level(), l -> new EnumMap<>(Verdict.class)).merge(c.verdict(), 1, Integer::sum);
            all.merge(c.verdict(), 1, Integer::sum);
        }
        b.append("<h2>Clauses by area and level</h2>\n<table id=\"by-area\"><thead><tr><th>Area</th><th>Level</th>")
                .append("<th>clauses</th>");
        for (Verdict v : COLUMNS) {
            b.append("<th class=\"").append(VerdictCell.css(v)).append("\">").append(Html.esc(v.label())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        counts.forEach((area, byLevel) -> byLevel.forEach((level, verdicts) -> {
            b.append("<tr data-area=\"").append(Html.esc(area)).append("\" data-level=\"").append(level).append("\"><td>")
                    .append(Html.esc(area)).append("</td><td>").append(level).append("</td>");
            countCells(b, verdicts);
            b.append("</tr>\n");
        }));
        b.append("<tr class=\"all\"><th colspan=\"2\">all areas</th>");
        countCells(b, all);
        b.append("</tr>\n</tbody></table>\n");
    }

    private static void countCells(StringBuilder b, Map<Verdict, Integer> verdicts) {
        b.append(number(verdicts.values().stream().mapToInt(Integer::intValue).sum(), ""));
        for (Verdict v : COLUMNS) {
            int n = verdicts.getOrDefault(v, 0);
            b.append(number(n, " data-verdict=\"" + v.word() + "\""));
        }
    }

    /** The root causes first: the failing clauses nothing failing explains, each with what it explains. */
    private static void rootCauses(StringBuilder b, RunSummary s) {
        if (s.rootCauses().isEmpty()) {
            return;
        }
        int explained = s.rootCauses().values().stream().mapToInt(List::size).sum();
        b.append("<h2 id=\"root-causes-heading\">").append(s.rootCauses().size())
                .append(s.rootCauses().size() == 1 ? " root cause explains " : " root causes explain ")
                .append(s.rootCauses().size() + explained).append(" failing clause")
                .append(s.rootCauses().size() + explained == 1 ? "" : "s").append("</h2>\n<ul id=\"root-causes\">\n");
        s.rootCauses().forEach((id, explains) -> {
            ClauseResult c = s.clauses().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            b.append("<li data-clause=\"").append(Html.esc(id)).append("\">").append(VerdictCell.badge(c.verdict()))
                    .append(" <span class=\"cid\">").append(Html.esc(id)).append("</span> ").append(Html.esc(c.title()))
                    .append("<br><span class=\"reason\">").append(Html.esc(c.reason())).append("</span>");
            if (!explains.isEmpty()) {
                b.append("<br><span class=\"muted\">explains ").append(clauseIds(explains)).append("</span>");
            }
            b.append("</li>\n");
        });
        b.append("</ul>\n");
    }

    private static void clauseList(StringBuilder b, RunSummary s, Verdict verdict, String id, String title, String none) {
        List<ClauseResult> matching = s.clauses().stream().filter(c -> c.verdict() == verdict).toList();
        b.append("<h2>").append(Html.esc(title)).append(" <span class=\"qual\">(").append(matching.size())
                .append(")</span></h2>\n");
        if (matching.isEmpty()) {
            b.append("<p class=\"muted\" id=\"").append(id).append("\">").append(Html.esc(none)).append("</p>\n");
            return;
        }
        b.append("<ul id=\"").append(id).append("\">\n");
        for (ClauseResult c : matching) {
            CheckOutcome check = s.caseCheck(c);
            b.append("<li data-clause=\"").append(Html.esc(c.id())).append("\"><span class=\"cid\">").append(Html.esc(c.id()))
                    .append("</span> <span class=\"muted\">").append(c.level()).append("</span> ").append(Html.esc(c.title()))
                    .append("<br><span class=\"reason\">").append(Html.esc(c.reason())).append("</span>");
            if (check != null) {
                b.append(" <a href=\"").append(Html.href(CasePaths.pagePath(check.savedCase()))).append("\">saved case</a>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void failedChecks(StringBuilder b, RunSummary s) {
        List<CheckOutcome> failed = s.checks().stream()
                .filter(c -> c.verdict() == Verdict.FAILED || c.verdict() == Verdict.EXPECTED).toList();
        b.append("<h2>Failed checks <span class=\"qual\">(").append(failed.size())
                .append(", expected failures included)</span></h2>\n");
        if (failed.isEmpty()) {
            b.append("<p class=\"muted\" id=\"failed-checks\">No check failed.</p>\n");
            return;
        }
        b.append("<table id=\"failed-checks\"><thead><tr><th>Status</th><th>Check</th><th>Kind</th><th>Clauses</th>")
                .append("<th>Reason</th></tr></thead>\n<tbody>\n");
        for (CheckOutcome c : failed) {
            String name = Html.esc(c.check().name());
            b.append("<tr>").append(VerdictCell.td(c.verdict(), c.savedCase() == null ? null : CasePaths.pagePath(c.savedCase()),
                    c.verdict().meaning(), "")).append("<td>")
                    .append(c.savedCase() == null ? name
                            : "<a href=\"" + Html.href(CasePaths.pagePath(c.savedCase())) + "\">" + name + "</a>")
                    .append(c.check().where().isEmpty() ? "" : "<br><span class=\"muted mono\">" + Html.esc(c.check().where()) + "</span>")
                    .append("</td><td>").append(Html.esc(c.check().kind().word())).append("</td><td>").append(clauseIds(c.check().clauses()))
                    .append("</td><td class=\"reason\">").append(Html.esc(c.reason())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static String clauseIds(List<String> ids) {
        return ids.stream().map(id -> "<span class=\"cid\">" + Html.esc(id) + "</span>").collect(Collectors.joining(" "));
    }

    private static void clauses(StringBuilder b, RunSummary s) {
        b.append("<h2>Every clause <span class=\"qual\">(").append(s.clauses().size()).append(")</span></h2>\n")
                .append("<table id=\"clauses\"><thead><tr><th>Clause</th><th>Level</th><th>Verdict</th>")
                .append("<th>checks</th><th>Reason</th></tr></thead>\n<tbody>\n");
        String area = null;
        for (ClauseResult c : s.clauses()) {
            if (!c.area().equals(area)) {
                area = c.area();
                b.append("<tr class=\"area-row\"><th colspan=\"5\">").append(Html.esc(area)).append("</th></tr>\n");
            }
            CheckOutcome check = s.caseCheck(c);
            b.append("<tr class=\"clause-row\" data-clause=\"").append(Html.esc(c.id())).append("\"><td><span class=\"cid\">")
                    .append(Html.esc(c.id())).append("</span> ").append(Html.esc(c.title()))
                    .append(c.where().isEmpty() ? "" : "<br><span class=\"muted mono\">" + Html.esc(c.where()) + "</span>")
                    .append("</td><td>").append(c.level()).append("</td>")
                    .append(VerdictCell.td(c.verdict(), check == null ? null : CasePaths.pagePath(check.savedCase()),
                            c.reason().isEmpty() ? c.verdict().meaning() : c.reason(), ""))
                    .append("<td class=\"checks\">").append(c.checks().size());
            for (int index : c.checks()) {
                Check of = s.checks().get(index).check();
                b.append("<br><span class=\"muted mono\" title=\"").append(Html.esc(of.name())).append("\">")
                        .append(Html.esc(of.kind().word() + " " + of.where())).append("</span>");
            }
            b.append("</td><td class=\"reason\">").append(Html.esc(c.reason())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static void skipped(StringBuilder b, RunSummary s) {
        List<CheckOutcome> skipped = s.checks().stream().filter(c -> c.verdict() == Verdict.SKIPPED).toList();
        b.append("<h2>Skipped checks <span class=\"qual\">(").append(skipped.size()).append(")</span></h2>\n");
        if (skipped.isEmpty()) {
            b.append("<p class=\"muted\" id=\"skipped\">No check was skipped.</p>\n");
            return;
        }
        b.append("<table id=\"skipped\"><thead><tr><th>Check</th><th>Clauses</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (CheckOutcome c : skipped) {
            b.append("<tr><td>").append(Html.esc(c.check().name()))
                    .append(c.check().where().isEmpty() ? "" : "<br><span class=\"muted mono\">" + Html.esc(c.check().where()) + "</span>")
                    .append("</td><td>").append(clauseIds(c.check().clauses())).append("</td><td class=\"reason\">")
                    .append(c.reason().isEmpty() ? "<span class=\"muted\">(no reason given)</span>" : Html.esc(c.reason()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }
}
