package dev.asynciotck.report;

import dev.asynciotck.cases.SavedCase;
import dev.asynciotck.checks.Check;
import dev.asynciotck.checks.Evidence;
import dev.asynciotck.checks.Verdict;
import dev.asynciotck.trace.Trace;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page of one saved case: what failed, where and on which loop, why, the replay command, the
 * program, the expected and actual traces side by side (the first divergent event marked), the
 * divergence, the fault and the property's recipe.
 */
final class CasePageHtml {

    private static final Pattern FIRST_DIVERGENCE = Pattern.compile("^first divergence at event (\\d+)");

    private CasePageHtml() {
    }

    /**
     * @param c         the case
     * @param backHref  the relative link to the page that lists it (not yet encoded)
     * @param backLabel the text of that link
     * @param jsonHref  the relative link to the case's JSON file (not yet encoded)
     * @return the page
     */
    static String render(SavedCase c, String backHref, String backLabel, String jsonHref) {
        Check check = c.check();
        Evidence evidence = c.evidence();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"nav\"><a href=\"").append(Html.href(backHref)).append("\">← ").append(Html.esc(backLabel))
                .append("</a> · <a href=\"").append(Html.href(jsonHref)).append("\">the case as JSON</a></p>\n");
        b.append("<h1>").append(VerdictCell.badge(c.verdict())).append(" <span id=\"check-name\">")
                .append(Html.esc(check.name())).append("</span></h1>\n");
        b.append("<p class=\"message\" id=\"message\">").append(Html.esc(c.message())).append("</p>\n");
        b.append("<dl class=\"facts\">\n");
        fact(b, "Check", Html.esc(check.kind().word()) + (check.where().isEmpty() ? ""
                : " · <span class=\"mono\">" + Html.esc(check.where()) + "</span>"));
        fact(b, "Clauses", check.clauses().isEmpty() ? "<span class=\"muted\">none</span>"
                : check.clauses().stream().map(id -> "<span class=\"cid\">" + Html.esc(id) + "</span>")
                        .collect(Collectors.joining(", ")));
        fact(b, "Loop", "<span class=\"mono\">" + Html.esc(c.loop().id()) + "</span> — " + Html.esc(c.loop().implementation()));
        fact(b, "Verdict", Html.esc(c.verdict() == Verdict.EXPECTED
                ? "expected failure (the run's expectations file lists it)" : "failed"));
        b.append("</dl>\n");
        b.append("<h2>Replay</h2>\n<div class=\"replay\"><code id=\"replay\">").append(Html.esc(c.replay()))
                .append("</code><button type=\"button\" id=\"copy-replay\" hidden>Copy</button>")
                .append("<span id=\"copy-status\" class=\"muted\" aria-live=\"polite\"></span></div>\n");
        b.append("<h2>Program</h2>\n<pre class=\"program\" id=\"program\">").append(Html.esc(evidence.program().toString())).append("</pre>\n");
        int divergent = evidence.anyOrder() ? -1 : divergentEvent(evidence.divergence());
        String source = evidence.expectedSource() == null ? "" : evidence.expectedSource();
        String qualifier = source + (evidence.anyOrder() ? (source.isEmpty() ? "" : ", ") + "in any order" : "");
        b.append("<div class=\"traces\">\n<section id=\"expected\"><h2>Expected")
                .append(qualifier.isEmpty() ? "" : " <span class=\"qual\">(" + Html.esc(qualifier) + ")</span>")
                .append("</h2>\n").append(trace(text(evidence.expected()), divergent, "no expected trace"))
                .append("</section>\n<section id=\"actual\"><h2>Actual <span class=\"qual\">(")
                .append(Html.esc(c.loop().id())).append(")</span></h2>\n")
                .append(trace(text(evidence.actual()), divergent, "no trace: the loop gave none"
                        + (evidence.fault() == null ? "" : " (see the fault below)")))
                .append("</section>\n</div>\n");
        b.append("<h2>First divergence</h2>\n").append(evidence.divergence() == null
                ? "<p class=\"muted\">nothing to compare</p>\n"
                : "<pre id=\"divergence\">" + Html.esc(evidence.divergence()) + "</pre>\n");
        if (evidence.fault() != null) {
            b.append("<h2>Fault</h2>\n<pre id=\"fault\">").append(Html.esc(evidence.fault())).append("</pre>\n");
        }
        if (c.property() != null) {
            SavedCase.PropertyRecipe p = c.property();
            b.append("<h2>Property</h2>\n<dl class=\"facts\" id=\"property\">\n");
            fact(b, "Id", "<span class=\"mono\">" + Html.esc(p.id()) + "</span>");
            fact(b, "Recipe", "<code>" + Html.esc(p.recipe().toString()) + "</code> <span class=\"muted\">("
                    + p.recipe().size() + " integers, shrunk)</span>");
            fact(b, "Seed", Html.esc(Long.toString(p.seed())));
            b.append("</dl>\n");
        }
        return Page.document(check.name() + " — " + c.verdict().word() + " on " + c.loop().id(), b.toString(),
                PageScripts.COPY_REPLAY);
    }

    private static String text(Trace trace) {
        return trace == null ? null : trace.toString();
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** @return the 1-based number of the first divergent event a divergence names, or -1 */
    private static int divergentEvent(String divergence) {
        if (divergence == null) {
            return -1;
        }
        Matcher m = FIRST_DIVERGENCE.matcher(divergence);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String trace(String text, int divergent, String whenNone) {
        if (text == null) {
            return "<p class=\"muted\">" + Html.esc(whenNone) + "</p>\n";
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return "<p class=\"muted\">no events</p>\n";
        }
        StringBuilder out = new StringBuilder("<ol class=\"trace\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i + 1 == divergent ? "<li class=\"diverge\">" : "<li>").append(Html.esc(lines.get(i))).append("</li>");
        }
        return out.append("</ol>\n").toString();
    }
}
