package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;

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
    static String render(SavedCaseView c, String backHref, String backLabel, String jsonHref) {
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"nav\"><a href=\"").append(Html.href(backHref)).append("\">← ").append(Html.esc(backLabel))
                .append("</a> · <a href=\"").append(Html.href(jsonHref)).append("\">the case as JSON</a></p>\n");
        b.append("<h1>").append(VerdictCell.badge(c.verdict())).append(" <span id=\"check-name\">")
                .append(Html.esc(c.name())).append("</span></h1>\n");
        b.append("<p class=\"message\" id=\"message\">").append(Html.esc(c.message())).append("</p>\n");
        b.append("<dl class=\"facts\">\n");
        fact(b, "Check", Html.esc(c.kind()) + (c.where().isEmpty() ? "" : " · <span class=\"mono\">" + Html.esc(c.where())
                + "</span>"));
        fact(b, "Clauses", c.clauses().isEmpty() ? "<span class=\"muted\">none</span>"
                : c.clauses().stream().map(id -> "<span class=\"cid\">" + Html.esc(id) + "</span>")
                        .collect(Collectors.joining(", ")));
        fact(b, "Loop", "<span class=\"mono\">" + Html.esc(c.loop().id()) + "</span> — " + Html.esc(c.loop().implementation()));
        fact(b, "Verdict", Html.esc(c.verdict() == Verdict.EXPECTED
                ? "expected failure (the run's expectations file lists it)" : "failed"));
        b.append("</dl>\n");
        b.append("<h2>Replay</h2>\n<div class=\"replay\"><code id=\"replay\">").append(Html.esc(c.replay()))
                .append("</code><button type=\"button\" id=\"copy-replay\" hidden>Copy</button>")
                .append("<span id=\"copy-status\" class=\"muted\" aria-live=\"polite\"></span></div>\n");
        b.append("<h2>Program</h2>\n<pre class=\"program\" id=\"program\">").append(Html.esc(c.programText())).append("</pre>\n");
        int divergent = c.anyOrder() ? -1 : divergentEvent(c.divergence());
        String source = c.expectedSource() == null ? "" : c.expectedSource();
        String qualifier = source + (c.anyOrder() ? (source.isEmpty() ? "" : ", ") + "in any order" : "");
        b.append("<div class=\"traces\">\n<section id=\"expected\"><h2>Expected")
                .append(qualifier.isEmpty() ? "" : " <span class=\"qual\">(" + Html.esc(qualifier) + ")</span>")
                .append("</h2>\n").append(trace(c.expectedText(), divergent, "no expected trace"))
                .append("</section>\n<section id=\"actual\"><h2>Actual <span class=\"qual\">(")
                .append(Html.esc(c.loop().id())).append(")</span></h2>\n")
                .append(trace(c.actualText(), divergent, "no trace: the loop gave none"
                        + (c.fault() == null ? "" : " (see the fault below)")))
                .append("</section>\n</div>\n");
        b.append("<h2>First divergence</h2>\n").append(c.divergence() == null
                ? "<p class=\"muted\">nothing to compare</p>\n"
                : "<pre id=\"divergence\">" + Html.esc(c.divergence()) + "</pre>\n");
        if (c.fault() != null) {
            b.append("<h2>Fault</h2>\n<pre id=\"fault\">").append(Html.esc(c.fault())).append("</pre>\n");
        }
        if (c.property() != null) {
            SavedCaseView.PropertyInfo p = c.property();
            b.append("<h2>Property</h2>\n<dl class=\"facts\" id=\"property\">\n");
            fact(b, "Id", "<span class=\"mono\">" + Html.esc(p.id()) + "</span>");
            fact(b, "Recipe", "<code>" + Html.esc(p.recipe().toString()) + "</code> <span class=\"muted\">("
                    + p.recipe().size() + " integers, shrunk)</span>");
            fact(b, "Seed", p.seed() == null ? "<span class=\"muted\">unknown</span>" : Html.esc(p.seed().toString()));
            b.append("</dl>\n");
        }
        return Page.document(c.name() + " — " + c.verdict().word() + " on " + c.loop().id(), b.toString(),
                PageScripts.COPY_REPLAY);
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
