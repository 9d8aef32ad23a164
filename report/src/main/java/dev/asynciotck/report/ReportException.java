package dev.asynciotck.report;

/**
 * A report that cannot be read or written. The message names the file and what is wrong with it,
 * for example {@code target/r/uvloop/summary.json: at /clauses/3: missing "verdict"}.
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong */
    public ReportException(String message) {
        super(message);
    }

    /**
     * @param message the file and what is wrong
     * @param cause   the underlying error
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
