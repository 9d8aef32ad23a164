package dev.asynciotck.api;

/** asyncio's {@code CancelledError}: a task or future was cancelled. A {@code BaseException} in Python, so {@code except Exception} does not catch it. */
public final class CancelledError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public CancelledError(String message) {
        super(PyType.CANCELLED_ERROR, message);
    }
}
