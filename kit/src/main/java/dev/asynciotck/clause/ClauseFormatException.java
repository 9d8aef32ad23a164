package dev.asynciotck.clause;

/**
 * A clause file (or {@code index.txt}) that breaks the format; the message starts with
 * {@code <file>:<line>: } and says what is wrong.
 */
public final class ClauseFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file    the file name, e.g. {@code call-soon.md}
     * @param line    the 1-based line number
     * @param problem what is wrong there
     */
    public ClauseFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** @return the name of the file that is wrong */
    public String file() {
        return file;
    }

    /** @return the 1-based line where the problem is */
    public int line() {
        return line;
    }

    /** @return what is wrong, without the file and line */
    public String problem() {
        return problem;
    }
}
