package dev.asynciotck.trace;

/**
 * Python's string escapes, shared by the text form of programs and of traces (which both write
 * strings as Python does).
 */
public final class PythonEscapes {

    private PythonEscapes() {
    }

    /**
     * @param e the character after a backslash
     * @return the character {@code \e} stands for, for the one-character escapes ({@code \n},
     *         {@code \t}, {@code \r}, {@code \\}, {@code \'}, {@code \"}, {@code \a}, {@code \b},
     *         {@code \f}, {@code \v}); {@code -1} for any other
     */
    public static int simple(char e) {
        switch (e) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case '\\':
            case '\'':
            case '"':
                return e;
            case 'a':
                return 0x07;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'v':
                return 0x0b;
            default:
                return -1;
        }
    }

    /**
     * @param e the character after a backslash
     * @return how many hex digits follow a backslash and x (2), u (4) or U (8); 0 otherwise
     */
    public static int hexDigits(char e) {
        return e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    }
}
