package dev.asynciotck.api;

/** Python's {@code ValueError}, e.g. waiting on an empty set. */
public final class ValueError extends PythonException {

    private static final long serialVersionUID = 1L;

    /** @param message {@code str(exc)}; {@code null} for none */
    public ValueError(String message) {
        super(PyType.VALUE_ERROR, message);
    }
}
