package dev.asynciotck.trace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one value of a trace's text form, written as Python's {@code repr} shows it:
 * {@code None}, {@code True}, {@code 3}, {@code -0.5}, {@code 1e-05}, {@code inf}, {@code nan},
 * {@code 's'}, {@code [1, 2]}, {@code (1,)}, {@code {1, 2}}, {@code set()},
 * {@code ValueError('boom')}, a reference {@code t1} or {@code Task#1} (read as
 * {@code Ref("?", name)}: the text does not carry its type), and {@code <type>}.
 */
final class TraceValueParser {

    private static final String VALUES = "None, True, False, a number, a string, [list], (tuple,),"
            + " {set}, set(), {dict: value}, {}, b'bytes', an exception like ValueError('boom'), a reference like t1 or Task#1, or <type>";

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private final String line;
    private final int lineNo;
    private int pos;

    /**
     * @param line   the whole line, for positions and messages
     * @param lineNo its 1-based number
     * @param start  the 0-based index where the value starts
     */
    TraceValueParser(String line, int lineNo, int start) {
        this.line = line;
        this.lineNo = lineNo;
        this.pos = start;
    }

    /**
     * @return the value, which must fill the rest of the line
     * @throws TraceSyntaxException where the text is not a value
     */
    TraceValue parseAll() {
        TraceValue value = value();
        skipSpaces();
        if (pos < line.length()) {
            throw error("expected the end of the line after the value " + value + ", found '"
                    + line.substring(pos).strip() + "'");
        }
        return value;
    }

    private TraceValue value() {
        skipSpaces();
        if (pos >= line.length()) {
            throw error("expected a value (" + VALUES + "), found the end of the line");
        }
        char c = line.charAt(pos);
        if (c == '[') {
            pos++;
            return new TraceValue.PyList(items(']', "list"));
        }
        if (c == '(') {
            return tuple();
        }
        if (c == '{') {
            return set();
        }
        if (c == '\'' || c == '"') {
            return new TraceValue.Str(string());
        }
        if (c == 'b' && pos + 1 < line.length() && (line.charAt(pos + 1) == '\'' || line.charAt(pos + 1) == '"')) {
            int start = pos++;
            String latin1 = string();
            if (TraceValue.PyBytes.firstNonByte(latin1) >= 0) {
                throw errorAt(start, "a bytes value holds bytes only (\\xNN escapes, ASCII characters)");
            }
            return new TraceValue.PyBytes(latin1);
        }
        if (c == '<') {
            return opaque();
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return word();
        }
        throw error("expected a value (" + VALUES + "), found '" + c + "'");
    }

    private List<TraceValue> items(char close, String what) {
        List<TraceValue> items = new ArrayList<>();
        skipSpaces();
        while (!at(close)) {
            items.add(value());
            skipSpaces();
            if (at(',')) {
                pos++;
                skipSpaces();
            } else if (!at(close)) {
                throw error("expected ',' or '" + close + "' in the " + what + ", found " + found());
            }
        }
        pos++;
        return items;
    }

    private TraceValue tuple() {
        int open = pos;
        pos++;
        skipSpaces();
        if (at(')')) {
            pos++;
            return new TraceValue.Tuple(List.of());
        }
        TraceValue first = value();
        skipSpaces();
        if (at(')')) {
            throw errorAt(open, "(x) is not a tuple: write a 1-tuple as (" + first + ",)");
        }
        if (!at(',')) {
            throw error("expected ',' or ')' in the tuple, found " + found());
        }
        pos++;
        List<TraceValue> items = new ArrayList<>();
        items.add(first);
        items.addAll(items(')', "tuple"));
        return new TraceValue.Tuple(items);
    }

    private TraceValue set() {
        int open = pos;
        pos++;
        skipSpaces();
        if (at('}')) {
            pos++;
            return new TraceValue.PyDict(List.of(), List.of());
        }
        List<TraceValue> items = new ArrayList<>();
        Set<TraceValue> seen = new HashSet<>();
        while (true) {
            int at = pos;
            TraceValue item = value();
            boolean isNan = item instanceof TraceValue.Float f && Double.isNaN(f.value());
            if (!isNan && !seen.add(item)) {
                throw errorAt(at, "the set item " + item + " appears twice");
            }
            items.add(item);
            skipSpaces();
            if (at(':') && items.size() == 1) {
                return dict(open, item);
            }
            if (at(':')) {
                throw error("expected ',' or '}' in the set, found ':'");
            }
            if (at(',')) {
                pos++;
                skipSpaces();
                if (at('}')) {
                    break;
                }
            } else if (!at('}')) {
                throw error("expected ',' or '}' in the set, found " + found());
            } else {
                break;
            }
        }
        pos++;
        return new TraceValue.PySet(items);
    }

    /** The rest of a dict after its first key (at its ':'); a trailing comma is allowed. */
    private TraceValue dict(int open, TraceValue firstKey) {
        List<TraceValue> keys = new ArrayList<>();
        List<TraceValue> values = new ArrayList<>();
        TraceValue key = firstKey;
        while (true) {
            skipSpaces();
            if (!at(':')) {
                throw error("expected ':' after the key in the dict, found " + found());
            }
            pos++;
            skipSpaces();
            if (keys.contains(key)) {
                throw errorAt(open, "the dict key " + key + " appears twice");
            }
            keys.add(key);
            values.add(value());
            skipSpaces();
            if (at(',')) {
                pos++;
                skipSpaces();
            } else if (!at('}')) {
                throw error("expected ',' or '}' in the dict, found " + found());
            }
            if (at('}')) {
                pos++;
                return new TraceValue.PyDict(keys, values);
            }
            key = value();
        }
    }

    private TraceValue opaque() {
        int open = pos;
        int close = line.indexOf('>', pos);
        if (close < 0) {
            throw errorAt(open, "expected '>' to close '<type>'");
        }
        String type = line.substring(pos + 1, close);
        if (type.isBlank() || type.indexOf('<') >= 0) {
            throw errorAt(open, "expected a type name inside '<…>', like <coroutine>");
        }
        pos = close + 1;
        return new TraceValue.Opaque(type);
    }

    private TraceValue number() {
        int start = pos;
        boolean negative = at('-');
        if (negative) {
            pos++;
        }
        if (pos < line.length() && Character.isLetter(line.charAt(pos))) {
            String word = name();
            if (word.equals("inf")) {
                return new TraceValue.Float(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            if (word.equals("nan")) {
                return new TraceValue.Float(Double.NaN);
            }
            throw errorAt(start, "expected a number after '-', found '" + word + "'");
        }
        int digits = pos;
        while (pos < line.length() && isDigit(line.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw errorAt(start, "expected a number after '-'");
        }
        boolean isFloat = false;
        if (at('.')) {
            isFloat = true;
            pos++;
            while (pos < line.length() && isDigit(line.charAt(pos))) {
                pos++;
            }
        }
        if (at('e') || at('E')) {
            isFloat = true;
            pos++;
            if (at('+') || at('-')) {
                pos++;
            }
            int exponent = pos;
            while (pos < line.length() && isDigit(line.charAt(pos))) {
                pos++;
            }
            if (pos == exponent) {
                throw errorAt(start, "invalid number '" + line.substring(start, pos) + "': the exponent"
                        + " needs digits, like 1e-05");
            }
        }
        if (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '_'
                || line.charAt(pos) == '.')) {
            throw errorAt(start, "invalid number '" + line.substring(start, pos + 1) + "…'; numbers are"
                    + " written like 3, -3, 0.5, 1e-05, inf or nan");
        }
        String text = line.substring(start, pos);
        if (isFloat) {
            return new TraceValue.Float(Double.parseDouble(text));
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(LONG_MAX) > 0 || value.compareTo(LONG_MIN) < 0) {
            throw errorAt(start, "the int " + text + " does not fit in 64 bits");
        }
        return new TraceValue.Int(value.longValue());
    }

    private TraceValue word() {
        int start = pos;
        String word = name();
        switch (word) {
            case "None" -> {
                return TraceValue.NONE;
            }
            case "True" -> {
                return new TraceValue.Bool(true);
            }
            case "False" -> {
                return new TraceValue.Bool(false);
            }
            case "inf" -> {
                return new TraceValue.Float(Double.POSITIVE_INFINITY);
            }
            case "nan" -> {
                return new TraceValue.Float(Double.NaN);
            }
            default -> {
                // a set(), an exception or a reference
            }
        }
        int afterWord = pos;
        skipSpaces();
        if (!at('(')) {
            pos = afterWord;
            return new TraceValue.Ref("?", word);
        }
        int open = pos;
        pos++;
        skipSpaces();
        if (word.equals("set")) {
            if (!at(')')) {
                throw error("set() is the empty set; write a set with items as {a, b}");
            }
            pos++;
            return new TraceValue.PySet(List.of());
        }
        if (!Character.isUpperCase(word.charAt(0)) || word.indexOf('#') >= 0) {
            throw errorAt(start, "only exceptions are written Name(…), with a name starting with an"
                    + " uppercase letter, like ValueError('boom'); found '" + word + "('");
        }
        String message = "";
        if (at('\'') || at('"')) {
            message = string();
            skipSpaces();
        } else if (!at(')')) {
            throw error("expected a string message or ')' in the exception " + word + "(…), found " + found());
        }
        if (!at(')')) {
            throw error("expected ')' to close the exception " + word + "( opened at column " + (open + 1)
                    + "; an exception has at most one message string, found " + found());
        }
        pos++;
        return new TraceValue.Error(word, message);
    }

    /** A name: letters, digits, '_' and '#' ({@code Task#1}). */
    private String name() {
        int start = pos;
        while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '_'
                || line.charAt(pos) == '#')) {
            pos++;
        }
        return line.substring(start, pos);
    }

    private String string() {
        int start = pos;
        char quote = line.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= line.length()) {
                throw errorAt(start, "this string is not closed (missing " + quote + ")");
            }
            char c = line.charAt(pos);
            if (c == quote) {
                pos++;
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= line.length()) {
                throw errorAt(start, "this string is not closed (missing " + quote + ")");
            }
            char e = line.charAt(pos + 1);
            int simple = PythonEscapes.simple(e);
            switch (e) {
                case '0' -> out.append('\0');
                case 'x', 'u', 'U' -> {
                    int digits = PythonEscapes.hexDigits(e);
                    int to = pos + 2 + digits;
                    if (to > line.length() || !line.substring(pos + 2, to).matches("[0-9a-fA-F]+")) {
                        throw error("escape \\" + e + " needs " + digits + " hex digits");
                    }
                    int cp = Integer.parseUnsignedInt(line.substring(pos + 2, to), 16);
                    if (cp > Character.MAX_CODE_POINT) {
                        throw error("escape " + line.substring(pos, to) + " is not a Unicode code point");
                    }
                    out.appendCodePoint(cp);
                    pos = to;
                    continue;
                }
                default -> {
                    if (simple < 0) {
                        throw error("unknown escape '\\" + e + "'; supported escapes: \\n \\t \\r \\\\"
                                + " \\' \\\" \\0 \\a \\b \\f \\v \\xNN \\uNNNN \\UNNNNNNNN");
                    }
                    out.append((char) simple);
                }
            }
            pos += 2;
        }
    }

    private boolean at(char c) {
        return pos < line.length() && line.charAt(pos) == c;
    }

    private String found() {
        return pos >= line.length() ? "the end of the line" : "'" + line.charAt(pos) + "'";
    }

    private void skipSpaces() {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private TraceSyntaxException error(String reason) {
        return errorAt(pos, reason);
    }

    private TraceSyntaxException errorAt(int index, String reason) {
        return new TraceSyntaxException(message(lineNo, index + 1, line, reason));
    }

    /**
     * @param lineNo the 1-based line
     * @param column the 1-based column
     * @param line   the line's text
     * @param reason what is wrong and what was expected
     * @return the message: the position and reason, then the line with a caret under the column
     */
    static String message(int lineNo, int column, String line, String reason) {
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < column && i <= line.length(); i++) {
            caret.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return "line " + lineNo + ", column " + column + ": " + reason + "\n    " + line + "\n    " + caret + "^";
    }
}
