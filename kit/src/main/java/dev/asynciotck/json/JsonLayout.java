package dev.asynciotck.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A stable, readable layout of JSON for files and reports: a value that fits in the line width
 * stays on one line; an array or object that does not is broken into one member per line,
 * indented by two spaces. Keys keep their order in the node.
 */
public final class JsonLayout {

    /** The line width that values are fitted into. */
    public static final int WIDTH = 100;

    private static final int INDENT = 2;

    private JsonLayout() {
    }

    /**
     * @param node a JSON node
     * @return its layout, ending with a newline
     */
    public static String pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, 0, out);
        return out.append('\n').toString();
    }

    /**
     * @param node a JSON node
     * @return its form on one line, with a space after each {@code :} and {@code ,}
     */
    public static String flat(JsonNode node) {
        StringBuilder out = new StringBuilder();
        flat(node, out);
        return out.toString();
    }

    private static void flat(JsonNode node, StringBuilder out) {
        if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                flat(node.get(i), out);
            }
            out.append(']');
        } else if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.append(first ? "" : ", ").append(StrictJson.quote(field.getKey())).append(": ");
                flat(field.getValue(), out);
                first = false;
            }
            out.append('}');
        } else {
            out.append(StrictJson.compact(node));
        }
    }

    private static void write(JsonNode node, int indent, int column, StringBuilder out) {
        String oneLine = flat(node);
        if (!node.isContainerNode() || node.isEmpty() || column + oneLine.length() <= WIDTH) {
            out.append(oneLine);
            return;
        }
        int inner = indent + INDENT;
        String pad = " ".repeat(inner);
        if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").append(pad);
                write(node.get(i), inner, inner, out);
            }
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = StrictJson.quote(field.getKey()) + ": ";
                out.append(first ? "\n" : ",\n").append(pad).append(key);
                write(field.getValue(), inner, inner + key.length(), out);
                first = false;
            }
        }
        out.append('\n').append(" ".repeat(indent)).append(node.isArray() ? ']' : '}');
    }
}
