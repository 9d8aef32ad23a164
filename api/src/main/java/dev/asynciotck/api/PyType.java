package dev.asynciotck.api;

/**
 * The Python exception types the kit speaks of, with their place in Python's hierarchy, so that
 * {@code except Exception:} can be decided the way Python decides it. {@link #pythonName()} is
 * {@code type(e).__name__} in Python.
 */
public enum PyType {
    /** {@code BaseException}, the root. */
    BASE_EXCEPTION("BaseException", null),
    /** {@code asyncio.CancelledError}: a {@code BaseException}, not an {@code Exception} (3.8+). */
    CANCELLED_ERROR("CancelledError", BASE_EXCEPTION),
    /** {@code KeyboardInterrupt}. */
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    /** {@code Exception}. */
    EXCEPTION("Exception", BASE_EXCEPTION),
    /** {@code GeneratorExit}: what {@code aclose()} raises inside an asynchronous generator at its {@code yield}. */
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION),
    /** {@code StopAsyncIteration}: what an asynchronous iterator's {@code __anext__()} raises when it has no more items. */
    STOP_ASYNC_ITERATION("StopAsyncIteration", EXCEPTION),
    /** {@code RuntimeError}. */
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    /** {@code LookupError}: {@code ContextVar.get()} of a variable with no value and no default. */
    LOOKUP_ERROR("LookupError", EXCEPTION),
    /** {@code KeyError}: a subscript of a dict with a key it does not have; {@code str(e)} is the key's {@code repr}. */
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    /** {@code IndexError}: a subscript of a list or tuple out of its range. */
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    /** {@code AttributeError}: reading an attribute an object does not have. */
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    /** {@code TypeError}. */
    TYPE_ERROR("TypeError", EXCEPTION),
    /** {@code ValueError}. */
    VALUE_ERROR("ValueError", EXCEPTION),
    /** {@code AssertionError}. */
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION),
    INCOMPLETE_READ_ERROR("IncompleteReadError", EOF_ERROR),
    LIMIT_OVERRUN_ERROR("LimitOverrunError", EXCEPTION),
    /** {@code asyncio.InvalidStateError}. */
    INVALID_STATE_ERROR("InvalidStateError", EXCEPTION),
    /** {@code OSError}. */
    OS_ERROR("OSError", EXCEPTION),
    /** {@code TimeoutError}: builtin since 3.11 ({@code asyncio.TimeoutError} is an alias). */
    TIMEOUT_ERROR("TimeoutError", OS_ERROR),
    /** {@code BlockingIOError}: a non-blocking socket operation that would block ({@code [Errno 11] Resource temporarily unavailable}). */
    BLOCKING_IO_ERROR("BlockingIOError", OS_ERROR),
    /** {@code FileNotFoundError}: a program to start that does not exist (PROC-MISSING-1). */
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR),
    /** {@code ProcessLookupError}: a signal for a process that has ended (PROC-EXITED-1). */
    PROCESS_LOOKUP_ERROR("ProcessLookupError", OS_ERROR),
    /** {@code ConnectionError}: the base of the connection errors of sockets. */
    CONNECTION_ERROR("ConnectionError", OS_ERROR),
    /**
     * {@code ConnectionRefusedError}: a connection to a port nobody listens on; asyncio's message is
     * {@code [Errno 111] Connect call failed ('127.0.0.1', PORT)} (CONNECT-REFUSED-1).
     */
    CONNECTION_REFUSED_ERROR("ConnectionRefusedError", CONNECTION_ERROR),
    /** {@code ConnectionResetError}: the peer reset the connection. */
    CONNECTION_RESET_ERROR("ConnectionResetError", CONNECTION_ERROR),
    /** {@code BrokenPipeError}: a write to a connection the peer has closed. */
    BROKEN_PIPE_ERROR("BrokenPipeError", CONNECTION_ERROR),
    /** {@code ssl.SSLError}: a TLS error (TLS-VERIFY-1). */
    SSL_ERROR("SSLError", OS_ERROR),
    /**
     * {@code ssl.SSLCertVerificationError}: the peer's certificate failed verification
     * (TLS-VERIFY-1); also a {@code ValueError}, as in Python.
     */
    SSL_CERT_VERIFICATION_ERROR("SSLCertVerificationError", SSL_ERROR, VALUE_ERROR),
    /** {@code NotImplementedError}: what a TLS transport's {@code write_eof()} raises (TLS-CONNECT-1). */
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    /** {@code ArithmeticError}. */
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    /** {@code ZeroDivisionError}. */
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    /** {@code asyncio.QueueEmpty}: {@code get_nowait()} on an empty queue (QUEUE-SIZE-2). */
    QUEUE_EMPTY("QueueEmpty", EXCEPTION),
    /** {@code asyncio.QueueFull}: {@code put_nowait()} on a full queue (QUEUE-SIZE-1). */
    QUEUE_FULL("QueueFull", EXCEPTION),
    /** {@code asyncio.QueueShutDown} (3.13+): a put or get on a shut-down queue (QUEUE-SHUTDOWN-1). */
    QUEUE_SHUT_DOWN("QueueShutDown", EXCEPTION),
    /** {@code asyncio.BrokenBarrierError} (3.11+): a wait on a barrier reset or aborted (BARRIER-RESET-1, BARRIER-ABORT-1). */
    BROKEN_BARRIER_ERROR("BrokenBarrierError", RUNTIME_ERROR),
    /**
     * {@code ExceptionGroup} (3.11+): what a {@code TaskGroup} raises (TASKGROUP-ERROR-1); in Python
     * also a subclass of {@code BaseExceptionGroup}, which this enum does not model.
     */
    EXCEPTION_GROUP("ExceptionGroup", EXCEPTION);

    private final String pythonName;
    private final PyType parent;
    private final java.util.List<PyType> also;

    PyType(String pythonName, PyType parent, PyType... also) {
        this.also = java.util.List.of(also);
        this.pythonName = pythonName;
        this.parent = parent;
    }

    /** @return the type's name as Python prints it, e.g. {@code CancelledError} */
    public String pythonName() {
        return pythonName;
    }

    /** @return the base class, or {@code null} for {@code BaseException} */
    public PyType parent() {
        return parent;
    }

    /**
     * @param other a type
     * @return whether this type is {@code other} or a subclass of it ({@code issubclass})
     */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.parent) {
            if (t == other || t.also.stream().anyMatch(b -> b.isSubtypeOf(other))) {
                return true;
            }
        }
        return false;
    }

    /** @return its other base classes, beside {@link #parent()}: usually none */
    public java.util.List<PyType> also() {
        return also;
    }

    /**
     * @param name a Python type name, e.g. {@code ValueError}
     * @return the type with that name
     * @throws IllegalArgumentException naming the known types, if there is none
     */
    public static PyType byPythonName(String name) {
        for (PyType t : values()) {
            if (t.pythonName.equals(name)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (PyType t : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(t.pythonName);
        }
        throw new IllegalArgumentException("unknown exception type '" + name + "' (known: " + known + ")");
    }
}
