package dev.asynciotck.program;

/**
 * One token of a program's text, as {@link ProgramLexer} makes it.
 *
 * @param kind   what sort of token
 * @param text   the source text ({@code ""} for layout tokens)
 * @param value  a number's value ({@link java.math.BigInteger} or {@link Double}) or a string's
 *               decoded value; {@code null} otherwise
 * @param line   the 1-based line
 * @param column the 1-based column
 */
record ProgramToken(Kind kind, String text, Object value, int line, int column) {

    /** The sorts of token. */
    enum Kind {
        /** An identifier or keyword. */
        NAME,
        /** An int or float literal (without sign). */
        NUMBER,
        /** A string literal. */
        STRING,
        /** A bytes literal ({@code b"…"}); its value is a string of U+0000 to U+00FF, a character per byte. */
        BYTES,
        /** An operator or delimiter. */
        OP,
        /** The end of a logical line. */
        NEWLINE,
        /** The start of a deeper-indented block. */
        INDENT,
        /** The end of an indented block. */
        DEDENT,
        /** The end of the text. */
        EOF
    }

    /**
     * @param op an operator
     * @return whether this is that operator
     */
    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /**
     * @param word a keyword
     * @return whether this is that keyword (or name)
     */
    boolean isName(String word) {
        return kind == Kind.NAME && text.equals(word);
    }

    /** @return how an error message shows this token */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "the end of the line";
            case INDENT -> "an indented line";
            case DEDENT -> "the end of the block";
            case EOF -> "the end of the program";
            case NUMBER -> "the number " + text;
            case STRING -> "the string " + text;
            case BYTES -> "the bytes " + text;
            case NAME -> "'" + text + "'";
            case OP -> "'" + text + "'";
        };
    }
}
