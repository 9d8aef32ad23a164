package dev.asynciotck.api;

/** Python's {@code RuntimeError}, e.g. {@code Event loop is closed}. */
public final class RuntimeError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public RuntimeError(String message) {
        super(PyType.RUNTIME_ERROR, message);
    }
}
