package dev.asynciotck.loop;

/** An identifier that names no loop, or a loop that cannot be started; the message says how to fix it. */
public final class LoopSelectionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and the accepted forms */
    public LoopSelectionException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause   the underlying error
     */
    public LoopSelectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
