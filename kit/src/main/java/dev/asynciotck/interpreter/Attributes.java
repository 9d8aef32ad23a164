package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TimerHandle;

import java.util.List;
import java.util.Map;

/** Attribute lookup: the methods each kind of object has in the scenario language. */
final class Attributes {

    static final List<String> LOOP_METHODS = List.of("time", "call_soon", "call_soon_threadsafe", "call_later",
            "call_at", "run_forever", "run_until_complete", "stop", "close", "is_running", "is_closed",
            "create_future", "create_task");
    static final List<String> HANDLE_METHODS = List.of("cancel", "cancelled");
    static final List<String> TIMER_HANDLE_METHODS = List.of("cancel", "cancelled", "when");
    static final List<String> FUTURE_METHODS = List.of("result", "exception", "done", "cancelled", "cancel",
            "set_result", "set_exception", "add_done_callback", "remove_done_callback");
    static final List<String> TASK_METHODS = List.of("result", "exception", "done", "cancelled", "cancel",
            "set_result", "set_exception", "add_done_callback", "remove_done_callback", "get_name", "cancelling",
            "uncancel");
    static final List<String> ASYNCIO_FUNCTIONS = List.of("sleep", "gather", "wait", "current_task");
    static final Map<String, Object> ASYNCIO_VALUES = Map.of(
            "FIRST_COMPLETED", "FIRST_COMPLETED",
            "FIRST_EXCEPTION", "FIRST_EXCEPTION",
            "ALL_COMPLETED", "ALL_COMPLETED",
            "CancelledError", new ExceptionClass(PyType.CANCELLED_ERROR),
            "InvalidStateError", new ExceptionClass(PyType.INVALID_STATE_ERROR),
            "TimeoutError", new ExceptionClass(PyType.TIMEOUT_ERROR));

    private Attributes() {
    }

    static Object get(Object obj, String name) {
        if (obj == AsyncioModule.INSTANCE) {
            if (ASYNCIO_VALUES.containsKey(name)) {
                return ASYNCIO_VALUES.get(name);
            }
            return method(obj, name, ASYNCIO_FUNCTIONS, "module 'asyncio'");
        }
        if (obj instanceof EventLoop) {
            return method(obj, name, LOOP_METHODS, "the loop");
        }
        if (obj instanceof Task) {
            return method(obj, name, TASK_METHODS, "a task");
        }
        if (obj instanceof Future) {
            return method(obj, name, FUTURE_METHODS, "a future");
        }
        if (obj instanceof TimerHandle) {
            return method(obj, name, TIMER_HANDLE_METHODS, "a timer handle");
        }
        if (obj instanceof Handle) {
            return method(obj, name, HANDLE_METHODS, "a handle");
        }
        throw new InvalidProgramException("'" + PyOps.typeName(obj) + "' value has no attribute '" + name
                + "' in the scenario language");
    }

    private static Object method(Object obj, String name, List<String> allowed, String what) {
        if (!allowed.contains(name)) {
            throw new InvalidProgramException("'" + name + "' is not a method of " + what
                    + " in the scenario language (known: " + String.join(", ", allowed) + ")");
        }
        return new BoundMethod(obj, name);
    }
}
