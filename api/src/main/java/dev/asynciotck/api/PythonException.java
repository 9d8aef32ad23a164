package dev.asynciotck.api;

import java.util.Objects;

/**
 * A Python exception raised by a loop or by a program: its {@link PyType} and its message, which
 * is Python's {@code str(exc)}. Subclasses exist for the types implementations raise and catch
 * most ({@link CancelledError}, {@link InvalidStateError}, {@link RuntimeError}, {@link TypeError},
 * {@link ValueError}, {@link TimeoutError}); {@link #of} builds the right one for any type.
 *
 * <p>Instances carry no stack trace: they are values that travel through futures, as in asyncio.
 */
public class PythonException extends java.lang.RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PyType type;
    private final String pythonMessage;

    /**
     * @param type    the Python type
     * @param message {@code str(exc)}; {@code null} is the empty message
     */
    public PythonException(PyType type, String message) {
        super(message == null ? "" : message, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.pythonMessage = message == null ? "" : message;
    }

    /**
     * @param type    the Python type
     * @param message {@code str(exc)}
     * @return an exception of the matching Java class (e.g. {@link CancelledError})
     */
    public static PythonException of(PyType type, String message) {
        switch (type) {
            case CANCELLED_ERROR:
                return new CancelledError(message);
            case INVALID_STATE_ERROR:
                return new InvalidStateError(message);
            case RUNTIME_ERROR:
                return new RuntimeError(message);
            case TYPE_ERROR:
                return new TypeError(message);
            case VALUE_ERROR:
                return new ValueError(message);
            case TIMEOUT_ERROR:
                return new TimeoutError(message);
            default:
                return new PythonException(type, message);
        }
    }

    /** @return the Python type */
    public PyType type() {
        return type;
    }

    /** @return the message, Python's {@code str(exc)} ({@code ""} when none) */
    public String pythonMessage() {
        return pythonMessage;
    }

    /**
     * @param other a type
     * @return whether {@code isinstance(self, other)} holds in Python
     */
    public boolean isInstanceOf(PyType other) {
        return type.isSubtypeOf(other);
    }

    /** @return the exception as Python's {@code repr} would show it: {@code ValueError('boom')} */
    @Override
    public String toString() {
        return type.pythonName() + (pythonMessage.isEmpty() ? "()" : "('" + pythonMessage + "')");
    }
}
