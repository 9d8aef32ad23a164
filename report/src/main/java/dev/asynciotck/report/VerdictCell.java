package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;

/** A table cell showing a verdict: colour, symbol and word, a tooltip, and a link to the case when there is one. */
final class VerdictCell {

    private VerdictCell() {
    }

    /**
     * @param verdict the verdict
     * @param href    the link to the case page, already relative (not yet encoded), or null
     * @param tooltip the tooltip text (plain text), or null
     * @param attrs   extra attributes, HTML (e.g. {@code  data-col="2"}), or ""
     * @return the {@code <td>}
     */
    static String td(Verdict verdict, String href, String tooltip, String attrs) {
        String label = Html.esc(verdict.label());
        return "<td class=\"v " + VerdictCell.css(verdict) + "\" data-verdict=\"" + verdict.word() + "\"" + attrs
                + (tooltip == null || tooltip.isEmpty() ? "" : " title=\"" + Html.esc(tooltip) + "\"") + ">"
                + (href == null ? label : "<a href=\"" + Html.href(href) + "\">" + label + "</a>") + "</td>";
    }

    /** @param verdict a verdict @return the CSS class of what shows it */
    static String css(Verdict verdict) {
        return "v-" + verdict.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @param verdict a verdict @return it as an inline badge */
    static String badge(Verdict verdict) {
        return "<span class=\"badge v " + VerdictCell.css(verdict) + "\" data-verdict=\"" + verdict.word() + "\">"
                + Html.esc(verdict.label()) + "</span>";
    }
}
