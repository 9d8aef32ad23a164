package dev.asynciotck.api;

/**
 * {@code asyncio.LimitOverrunError}: a {@link StreamReader} reached its limit while looking for a
 * separator.
 *
 * <p>Clauses: {@code STREAM-LIMIT-1}.
 */
public final class LimitOverrunError extends PythonException {

    private static final long serialVersionUID = 1L;

    private final long consumed;

    /**
     * @param message  the message
     * @param consumed how many bytes of the buffer were looked at
     */
    public LimitOverrunError(String message, long consumed) {
        super(PyType.LIMIT_OVERRUN_ERROR, message);
        this.consumed = consumed;
    }

    /** @return {@code consumed}: how many bytes of the buffer were looked at */
    public long consumed() {
        return consumed;
    }
}
