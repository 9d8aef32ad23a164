package dev.asynciotck.report;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links of a page, as the files they lead to. */
final class Links {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private Links() {
    }

    /** @param html a page @return the raw values of its {@code href} attributes, HTML-unescaped */
    static List<String> hrefs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">"));
        }
        return out;
    }

    /**
     * @param page a page file
     * @param href one of its links, relative
     * @return the file it leads to
     */
    static Path target(Path page, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
    }
}
