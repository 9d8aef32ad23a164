package dev.asynciotck.report;

import dev.asynciotck.checks.Verdict;

/** The frame of every page: head with the inline style and the error trap, body, then the page's script. */
final class Page {

    /**
     * Forbids every external resource: the pages use inline style and script only (a violation is
     * reported by the error trap).
     */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:";

    private Page() {
    }

    /**
     * @param title  the page title (plain text; escaped here)
     * @param body   the body, HTML
     * @param script the page's own inline script (a constant of {@link PageScripts}, never data), or ""
     * @return the whole document; its last script marks it rendered
     */
    static String document(String title, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.esc(POLICY) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"asyncio-tck\">\n"
                + "<title>" + Html.esc(title) + "</title>\n"
                + "<script>\n" + PageScripts.ERROR_TRAP + "</script>\n"
                + "<style>\n" + PageStyle.CSS + "</style>\n"
                + "</head>\n<body>\n" + body
                + "<script>\n" + script + PageScripts.RENDERED + "</script>\n"
                + "</body>\n</html>\n";
    }

    /** @return the legend of the verdicts: colour, symbol and word of each, and what it means */
    static String legend() {
        StringBuilder out = new StringBuilder("<ul class=\"legend\" aria-label=\"legend\">");
        for (Verdict v : Verdict.values()) {
            out.append("<li class=\"").append(VerdictCell.css(v)).append("\" title=\"").append(Html.esc(v.meaning()))
                    .append("\">").append(Html.esc(v.label())).append("</li>");
        }
        return out.append("</ul>\n").toString();
    }
}
