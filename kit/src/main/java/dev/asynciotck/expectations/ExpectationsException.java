package dev.asynciotck.expectations;

/** An expectations file that cannot be used; the message says which file, where, and what is wrong. */
public final class ExpectationsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, starting with the file (and line) */
    public ExpectationsException(String message) {
        super(message);
    }
}
