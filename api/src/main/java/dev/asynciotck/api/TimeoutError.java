package dev.asynciotck.api;

/** Python's {@code TimeoutError} (asyncio's, since 3.11). */
public final class TimeoutError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public TimeoutError(String message) {
        super(PyType.TIMEOUT_ERROR, message);
    }
}
