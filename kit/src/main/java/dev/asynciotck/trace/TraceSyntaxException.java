package dev.asynciotck.trace;

/** A trace in text or JSON form that cannot be read; the message says where and why. */
public final class TraceSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message where and why */
    public TraceSyntaxException(String message) {
        super(message);
    }
}
