package dev.asynciotck.program;

import dev.asynciotck.trace.PythonEscapes;
import dev.asynciotck.program.ProgramToken.Kind;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Splits a program's text into tokens, Python style: a NEWLINE ends each logical line, INDENT
 * and DEDENT mark blocks, comments and blank lines vanish, and line breaks inside brackets are
 * ignored. Tabs in indentation, backslash continuations, triple-quoted and prefixed strings are
 * errors.
 */
final class ProgramLexer {

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "==", "!=", "<=", ">=", "->", ":=", "**", "//", "<<", ">>",
        "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "<", ">",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~",
    };

    /**
     * {@link #OPERATORS} by their first character (all ASCII), longest first: the lexer tries
     * only these, in turn.
     */
    private static final String[][] OPERATORS_BY_FIRST = new String[128][];
    /** What a character that starts no operator is tried against. */
    private static final String[] NO_OPERATOR = {};

    static {
        Map<Character, List<String>> byFirst = Arrays.stream(OPERATORS).collect(Collectors.groupingBy(op -> op.charAt(0)));
        for (char c = 0; c < OPERATORS_BY_FIRST.length; c++) {
            OPERATORS_BY_FIRST[c] = byFirst.getOrDefault(c, List.of()).stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        }
    }

    private final String[] lines;
    private final List<ProgramToken> tokens;
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Open brackets, innermost first. */
    private final Deque<ProgramToken> brackets = new ArrayDeque<>();

    /** @param text the program's text */
    ProgramLexer(String text) {
        String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normal = normal.replace("\r\n", "\n").replace('\r', '\n');
        this.lines = normal.split("\n", -1);
        // sized from the text: growing the list from ten was 832 of the lexer's 2,041 samples in
        // a profile of the properties (JFR, 4 rounds of their programs)
        this.tokens = new ArrayList<>(normal.length() / 4 + 16);
    }

    /** @return the source lines, for error messages */
    String[] lines() {
        return lines;
    }

    /**
     * @return the tokens, ending with EOF
     * @throws ProgramSyntaxException for text no Python tokenizer of the subset accepts
     */
    List<ProgramToken> tokenize() {
        indents.push(0);
        for (int i = 0; i < lines.length; i++) {
            lexLine(i + 1, lines[i]);
        }
        int lastLine = lines.length;
        while (lastLine > 1 && lines[lastLine - 1].isBlank()) {
            lastLine--;
        }
        if (!brackets.isEmpty()) {
            ProgramToken open = brackets.peek();
            throw error(open.line(), open.column(), "'" + open.text() + "' is never closed");
        }
        int endColumn = lines[lastLine - 1].length() + 1;
        while (indents.peek() > 0) {
            indents.pop();
            tokens.add(new ProgramToken(Kind.DEDENT, "", null, lastLine, endColumn));
        }
        tokens.add(new ProgramToken(Kind.EOF, "", null, lastLine, endColumn));
        return tokens;
    }

    private void lexLine(int lineNo, String line) {
        int pos = 0;
        if (brackets.isEmpty()) {
            while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t'
                    || line.charAt(pos) == '\f')) {
                pos++;
            }
            if (pos == line.length() || line.charAt(pos) == '#') {
                return;
            }
            int tab = line.indexOf('\t');
            if (tab >= 0 && tab < pos) {
                throw error(lineNo, tab + 1, "tabs are not allowed in indentation; indent with spaces"
                        + " (4 per level)");
            }
            if (line.lastIndexOf('\f', pos) >= 0) {
                throw error(lineNo, line.lastIndexOf('\f', pos) + 1,
                        "form feeds are not allowed in indentation; indent with spaces");
            }
            indent(lineNo, pos);
        }
        boolean any = false;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                break;
            } else if (c == '\\') {
                throw error(lineNo, pos + 1, "line continuation with '\\' is not part of the scenario"
                        + " language; break long lines inside parentheses instead");
            } else if (c == '\'' || c == '"') {
                pos = lexString(lineNo, line, pos);
                any = true;
            } else if (isDigit(c) || (c == '.' && pos + 1 < line.length() && isDigit(line.charAt(pos + 1)))) {
                pos = lexNumber(lineNo, line, pos);
                any = true;
            } else if (isNameStart(line.codePointAt(pos))) {
                pos = lexName(lineNo, line, pos);
                any = true;
            } else {
                pos = lexOperator(lineNo, line, pos);
                any = true;
            }
        }
        if (any && brackets.isEmpty()) {
            tokens.add(new ProgramToken(Kind.NEWLINE, "", null, lineNo, line.length() + 1));
        }
    }

    private void indent(int lineNo, int width) {
        int current = indents.peek();
        if (width > current) {
            indents.push(width);
            tokens.add(new ProgramToken(Kind.INDENT, "", null, lineNo, width + 1));
            return;
        }
        while (width < indents.peek()) {
            indents.pop();
            tokens.add(new ProgramToken(Kind.DEDENT, "", null, lineNo, width + 1));
        }
        if (width != indents.peek()) {
            throw error(lineNo, width + 1, "this line's indentation does not match any enclosing block;"
                    + " indent blocks consistently (4 spaces per level)");
        }
    }

    private int lexName(int lineNo, String line, int start) {
        int pos = start;
        while (pos < line.length() && isNamePart(line.codePointAt(pos))) {
            pos += Character.charCount(line.codePointAt(pos));
        }
        String name = line.substring(start, pos);
        if (pos < line.length() && (line.charAt(pos) == '\'' || line.charAt(pos) == '"') && name.equals("b")) {
            return lexString(lineNo, line, start, pos, Kind.BYTES);
        }
        if (pos < line.length() && (line.charAt(pos) == '\'' || line.charAt(pos) == '"')
                && name.toLowerCase(java.util.Locale.ROOT).matches("r|u|b|f|br|rb|fr|rf")) {
            throw error(lineNo, start + 1, "string prefixes ('" + name + "') are not part of the scenario"
                    + " language; write a plain string in quotes, or bytes as b\"…\"");
        }
        tokens.add(new ProgramToken(Kind.NAME, name, null, lineNo, start + 1));
        return pos;
    }

    private int lexNumber(int lineNo, String line, int start) {
        int pos = start;
        boolean isFloat = false;
        while (pos < line.length() && isDigit(line.charAt(pos))) {
            pos++;
        }
        if (pos < line.length() && line.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < line.length() && isDigit(line.charAt(pos))) {
                pos++;
            }
        }
        if (pos < line.length() && (line.charAt(pos) == 'e' || line.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < line.length() && (line.charAt(pos) == '+' || line.charAt(pos) == '-')) {
                pos++;
            }
            if (pos == line.length() || !isDigit(line.charAt(pos))) {
                throw error(lineNo, mark + 1, "invalid number: an exponent needs digits, like 1e-3");
            }
            while (pos < line.length() && isDigit(line.charAt(pos))) {
                pos++;
            }
            isFloat = true;
        }
        String text = line.substring(start, pos);
        if (pos < line.length() && (isNamePart(line.codePointAt(pos)) || line.charAt(pos) == '.')) {
            throw error(lineNo, start + 1, "invalid number '" + text + line.charAt(pos) + "…': numbers are"
                    + " decimal ints like 42 or floats like 0.5 or 1e-3 (no hex, underscores, suffixes or"
                    + " attributes of int literals)");
        }
        Object value;
        if (isFloat) {
            value = Double.parseDouble(text);
        } else {
            if (text.length() > 1 && text.charAt(0) == '0') {
                throw error(lineNo, start + 1, "invalid number '" + text + "': leading zeros are not"
                        + " allowed in ints");
            }
            value = new BigInteger(text);
        }
        tokens.add(new ProgramToken(Kind.NUMBER, text, value, lineNo, start + 1));
        return pos;
    }

    private int lexString(int lineNo, String line, int start) {
        return lexString(lineNo, line, start, start, Kind.STRING);
    }

    /**
     * A string, or a bytes literal: {@code start} is where the token starts (its prefix), {@code open}
     * its opening quote. A bytes literal holds ASCII characters and escapes of bytes only.
     */
    private int lexString(int lineNo, String line, int start, int open, Kind kind) {
        char quote = line.charAt(open);
        boolean bytes = kind == Kind.BYTES;
        if (line.startsWith(String.valueOf(quote).repeat(3), open)) {
            throw error(lineNo, start + 1, "triple-quoted strings are not part of the scenario language;"
                    + " write \"…\" with escapes such as \\n");
        }
        StringBuilder value = new StringBuilder();
        int pos = open + 1;
        while (true) {
            if (pos >= line.length()) {
                throw error(lineNo, start + 1, "this string is not closed on its line (missing "
                        + quote + ")");
            }
            char c = line.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (c == '\\') {
                if (bytes && pos + 1 < line.length() && "uUN".indexOf(line.charAt(pos + 1)) >= 0) {
                    throw error(lineNo, pos + 1, "\\" + line.charAt(pos + 1) + " is not an escape in a bytes"
                            + " literal; write each byte as \\xNN");
                }
                pos = escape(lineNo, line, pos, value);
            } else if (bytes && c > 0x7f) {
                throw error(lineNo, pos + 1, "a bytes literal holds ASCII characters only; write a byte above"
                        + " 127 as \\xNN");
            } else {
                value.append(c);
                pos++;
            }
        }
        tokens.add(new ProgramToken(kind, line.substring(start, pos), value.toString(), lineNo, start + 1));
        return pos;
    }

    /** Decodes the escape at {@code pos} (a backslash); returns the position after it. */
    private int escape(int lineNo, String line, int pos, StringBuilder out) {
        if (pos + 1 >= line.length()) {
            throw error(lineNo, pos + 1, "a string cannot continue on the next line; write \\n for a"
                    + " line break");
        }
        char e = line.charAt(pos + 1);
        int simple = PythonEscapes.simple(e);
        if (simple >= 0) {
            out.append((char) simple);
        } else if (e == '0') {
            if (pos + 2 < line.length() && line.charAt(pos + 2) >= '0' && line.charAt(pos + 2) <= '7') {
                throw badEscape(lineNo, line, pos);
            }
            out.append('\0');
        } else if (PythonEscapes.hexDigits(e) > 0) {
            return hexEscape(lineNo, line, pos, PythonEscapes.hexDigits(e), out);
        } else {
            throw badEscape(lineNo, line, pos);
        }
        return pos + 2;
    }

    private int hexEscape(int lineNo, String line, int pos, int digits, StringBuilder out) {
        int from = pos + 2;
        int to = from + digits;
        if (to > line.length() || !line.substring(from, to).matches("[0-9a-fA-F]+")) {
            throw error(lineNo, pos + 1, "escape \\" + line.charAt(pos + 1) + " needs " + digits
                    + " hex digits");
        }
        int cp = Integer.parseUnsignedInt(line.substring(from, to), 16);
        if (cp > Character.MAX_CODE_POINT) {
            throw error(lineNo, pos + 1, "escape " + line.substring(pos, to) + " is not a Unicode code point");
        }
        out.appendCodePoint(cp);
        return to;
    }

    private ProgramSyntaxException badEscape(int lineNo, String line, int pos) {
        return error(lineNo, pos + 1, "unknown escape '\\" + line.charAt(pos + 1) + "'; supported escapes:"
                + " \\n \\t \\r \\\\ \\' \\\" \\0 \\a \\b \\f \\v \\xNN \\uNNNN \\UNNNNNNNN");
    }

    private int lexOperator(int lineNo, String line, int pos) {
        char first = line.charAt(pos);
        for (String op : first < OPERATORS_BY_FIRST.length ? OPERATORS_BY_FIRST[first] : NO_OPERATOR) {
            // the operators of a first character come longest first: the one-character one is last, and matches
            if (op.length() == 1 || line.startsWith(op, pos)) {
                ProgramToken token = new ProgramToken(Kind.OP, op, null, lineNo, pos + 1);
                bracket(token);
                tokens.add(token);
                return pos + op.length();
            }
        }
        int cp = line.codePointAt(pos);
        throw error(lineNo, pos + 1, "unexpected character '" + new String(Character.toChars(cp))
                + "' (U+" + String.format("%04X", cp) + ")");
    }

    private void bracket(ProgramToken token) {
        String op = token.text();
        if (op.equals("(") || op.equals("[") || op.equals("{")) {
            brackets.push(token);
        } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
            if (brackets.isEmpty()) {
                throw error(token.line(), token.column(), "unmatched '" + op + "'");
            }
            ProgramToken open = brackets.pop();
            String expected = switch (open.text()) {
                case "(" -> ")";
                case "[" -> "]";
                default -> "}";
            };
            if (!op.equals(expected)) {
                throw error(token.line(), token.column(), "'" + op + "' does not close '" + open.text()
                        + "' (line " + open.line() + ", column " + open.column() + "); expected '"
                        + expected + "'");
            }
        }
    }

    private ProgramSyntaxException error(int lineNo, int column, String reason) {
        return new ProgramSyntaxException(lineNo, column, reason, lines[lineNo - 1]);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * @param cp a code point
     * @return whether an identifier may start with it
     */
    static boolean isNameStart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    /**
     * @param cp a code point
     * @return whether an identifier may continue with it
     */
    static boolean isNamePart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }
}
