package dev.asynciotck.reference;

import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.TypeError;

/** The lifecycle checks every built-in coroutine shares with Python's coroutine objects. */
final class CoroutineState {

    private CoroutineState() {
    }

    /** Python: {@code coro.send(x)} with {@code x is not None} before the first send. */
    static PythonException sentValueToNewCoroutine() {
        return new TypeError("can't send non-None value to a just-started coroutine");
    }

    /** Python: {@code coro.send(None)} after the coroutine finished. */
    static PythonException reused() {
        return new RuntimeError("cannot reuse already awaited coroutine");
    }
}
