package dev.asynciotck.api;

/** asyncio's {@code InvalidStateError}: an operation a future's state does not allow. */
public final class InvalidStateError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public InvalidStateError(String message) {
        super(PyType.INVALID_STATE_ERROR, message);
    }
}
