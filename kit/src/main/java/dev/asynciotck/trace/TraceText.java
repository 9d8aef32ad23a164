package dev.asynciotck.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of traces and values (see {@code spec/language.md}): one line per event,
 * values as Python's {@code repr} shows them. Features write expected traces in this form.
 */
public final class TraceText {

    private TraceText() {
    }

    /**
     * @param trace a trace
     * @return its text form, one line per event, ending with a newline when not empty
     */
    public static String print(Trace trace) {
        StringBuilder out = new StringBuilder();
        for (Event e : trace.events()) {
            out.append(line(e)).append('\n');
        }
        if (trace.raised() != null) {
            out.append("!raised: ").append(trace.raised()).append('\n');
        }
        return out.toString();
    }

    /**
     * @param event an event
     * @return its line in the text form
     */
    public static String line(Event event) {
        String head = event.kind() == Event.Kind.HANDLER ? "!handler" : event.label();
        return event.value() == null ? head : head + ": " + event.value();
    }

    /**
     * Parses the text form of a trace.
     *
     * @param text the lines; blank lines and lines starting with {@code #} are ignored
     * @return the trace
     * @throws TraceSyntaxException naming the line and what is wrong
     */
    public static Trace parse(String text) {
        return new TraceTextParser(text).parse();
    }

    /**
     * @param value a string
     * @return Python's {@code repr} of it
     */
    public static String quote(String value) {
        return quote(value, false);
    }

    /**
     * @param value      a string, or the bytes of a {@code bytes} value (a character per byte)
     * @param asciiOnly  whether a character above U+007E is escaped too ({@code \xNN}), as in the
     *                   {@code repr} of bytes
     * @return Python's {@code repr} of it, without the {@code b} prefix of bytes
     */
    public static String quote(String value, boolean asciiOnly) {
        char q = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(q);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == q) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f || asciiOnly && c > 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(q).toString();
    }

    /**
     * @param value a float
     * @return Python's {@code repr} of it ({@code 1.0}, {@code 0.25}, {@code 1e-05}, {@code inf})
     */
    public static String formatFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
        String s = Double.toString(value);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        if (exponent >= -4 && exponent < 16) {
            return new java.math.BigDecimal(s).toPlainString();
        }
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    static String join(String open, List<TraceValue> items, String close) {
        List<String> parts = new ArrayList<>(items.size());
        for (TraceValue v : items) {
            parts.add(String.valueOf(v));
        }
        return open + String.join(", ", parts) + close;
    }
}
