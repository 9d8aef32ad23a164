package dev.asynciotck.program;

/**
 * The text of a program that is not in the scenario language. The message names the line and
 * column, says what is wrong and what is supported, and shows the offending line with a caret:
 *
 * <pre>
 * line 3, column 5: 'for' loops are not part of the scenario language (see spec/language.md)
 *     for x in y:
 *     ^
 * </pre>
 */
public final class ProgramSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the 1-based line */
    private final int line;
    /** @serial the 1-based column */
    private final int column;
    /** @serial what is wrong, without the position */
    private final String reason;

    /**
     * @param line       the 1-based line
     * @param column     the 1-based column
     * @param reason     what is wrong (and what is supported)
     * @param sourceLine the text of the line, shown under the message ({@code null} to omit)
     */
    public ProgramSyntaxException(int line, int column, String reason, String sourceLine) {
        super(format(line, column, reason, sourceLine));
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return the 1-based line of the error */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the error */
    public int column() {
        return column;
    }

    /** @return what is wrong, without the position */
    public String reason() {
        return reason;
    }

    private static String format(int line, int column, String reason, String sourceLine) {
        String head = "line " + line + ", column " + column + ": " + reason;
        if (sourceLine == null) {
            return head;
        }
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < column && i <= sourceLine.length(); i++) {
            caret.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return head + "\n    " + sourceLine + "\n    " + caret + "^";
    }
}
