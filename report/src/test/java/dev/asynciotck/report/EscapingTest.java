package dev.asynciotck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscapingTest {

    @TempDir
    Path tmp;

    @Test
    void textIsEscapedForContentAndAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;",
                Html.esc("<script>alert('x') & \"y\"</script>"));
        assertEquals("", Html.esc(null));
        assertEquals("plain text, ünïcode ✓", Html.esc("plain text, ünïcode ✓"));
    }

    @Test
    void linksKeepSpacesHashesAndQuotesInsideTheFileName() {
        assertEquals("cases/0001-evil%20name%20%231.html", Html.href("cases/0001-evil name #1.html"));
        assertEquals("a%22b%3Cc%26d", Html.href("a\"b<c&d"));
        assertEquals("../", Html.up("cases/x.html"));
        assertEquals("../../", Html.up("cases/slug/x.html"));
        assertEquals("", Html.up("matrix.html"));
    }

    @Test
    void markupInTheReportsStaysText() throws IOException {
        Path run = HostileRun.write(tmp.resolve("evil"));
        RunPage.write(run);
        MatrixPage.combine(List.of(run), tmp.resolve("out"));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(tmp)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(4, pages.size(), pages.toString());
        for (Path page : pages) {
            String html = Files.readString(page);
            assertEquals(2, html.split("<script", -1).length - 1, page + ": only the page's own two scripts");
            assertFalse(html.contains("pwned='yes'\""), page + ": an attribute was broken open");
            assertFalse(html.contains("<b>loop</b>") || html.contains("<i>1.0</i>") || html.contains("<u>"),
                    page + ": markup reached the page");
            assertTrue(html.contains("&lt;script&gt;document.documentElement.dataset.pwned=&#39;yes&#39;&lt;/script&gt;"),
                    page + ": the text is shown, escaped");
        }
        String casePage = Files.readString(run.resolve("cases/0001-evil name #1.html"));
        assertTrue(casePage.contains("record(&quot;&lt;/pre&gt;&lt;script&gt;"), "program text");
        assertTrue(casePage.contains("<code id=\"replay\">./tck replay &#39;&lt;/code&gt;&lt;script&gt;"), "replay");
        String index = Files.readString(run.resolve("index.html"));
        assertTrue(index.contains("href=\"cases/0001-evil%20name%20%231.html\""), "the case link");
        assertTrue(Files.isRegularFile(tmp.resolve("out/cases/evil-b-loop-b/0001-evil name #1.html")), "the copy's page");
    }
}
