package dev.asynciotck.report;

import java.nio.charset.StandardCharsets;

/** Escaping for HTML text and attributes, and relative links. */
final class Html {

    private Html() {
    }

    /**
     * @param text any text, or null
     * @return the text with {@code & < > " '} escaped: safe in element content and in a quoted
     *         attribute value ("" for null)
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param relativePath a relative file path with {@code /} separators
     * @return it as the value of an {@code href}: each segment percent-encoded where needed (a
     *         {@code #}, {@code ?}, space or non-ASCII character stays part of the file name), then
     *         escaped for the attribute
     */
    static String href(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return esc(out.toString());
    }

    /**
     * @param relativePath the path of a page, relative to the directory of the top page
     * @return the {@code ../} prefix that leads from that page back to the top page's directory
     */
    static String up(String relativePath) {
        int depth = (int) relativePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
