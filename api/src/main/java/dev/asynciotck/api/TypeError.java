package dev.asynciotck.api;

/** Python's {@code TypeError}, e.g. an argument that is not awaitable. */
public final class TypeError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public TypeError(String message) {
        super(PyType.TYPE_ERROR, message);
    }
}
