package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.ExceptionContext;
import dev.asynciotck.api.ExceptionHandler;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.TypeError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loop's exception handler in the language: {@code set_exception_handler},
 * {@code get_exception_handler} and {@code call_exception_handler}, whose context is a dict. The
 * session's own handler ({@link Session#recorder}) stands for asyncio's default handler: the
 * program sees None for it, and a program's handler goes to the loop wrapped, so that the kit's
 * own exceptions still reach the session; {@code get_exception_handler()} unwraps what the loop
 * gives back, and shows anything else as it is.
 */
final class ErrorMethods {

    private static final List<String> NAMED_KEYS = List.of("message", "exception", "handle");

    private ErrorMethods() {
    }

    /** A program's handler, as the loop holds it. */
    private record ProgramHandler(Session session, Object function) implements ExceptionHandler {
        @Override
        public void handle(EventLoop loop, ExceptionContext context) {
            if (!session.handledByTheKit(context.exception())) {
                session.calls.callFromLoop(function, List.of(loop, dict(context)));
            }
        }
    }

    /** The loop's exception-handler methods, for the loop's table. */
    static <T extends EventLoop> Methods.Table<T> loopMethods(Methods.Table<T> table) {
        return table
                .with("set_exception_handler", (s, loop, a) -> {
                    Object handler = a.required(0, "handler");
                    a.noMoreThan(1);
                    if (handler == null) {
                        loop.setExceptionHandler(s.recorder);
                        return null;
                    }
                    if (!Calls.isCallable(handler)) {
                        // the API's type takes callables only: Python's check, made here
                        throw new TypeError("A callable object or None is expected, got " + PyOps.repr(handler));
                    }
                    loop.setExceptionHandler(new ProgramHandler(s, handler));
                    return null;
                })
                .with("get_exception_handler", (s, loop, a) -> {
                    a.noMoreThan(0);
                    ExceptionHandler handler = loop.getExceptionHandler();
                    if (handler == s.recorder) {
                        return null;
                    }
                    return handler instanceof ProgramHandler p ? p.function() : handler;
                })
                .with("call_exception_handler", (s, loop, a) -> {
                    Object context = a.required(0, "context");
                    a.noMoreThan(1);
                    if (!(context instanceof PyDict d)) {
                        throw new InvalidProgramException("call_exception_handler(): the context is a dict, got "
                                + PyOps.repr(context));
                    }
                    loop.callExceptionHandler(context(d));
                    return null;
                });
    }

    /** A dict of the program as the API's context: the named keys of their types, the rest as others. */
    private static ExceptionContext context(PyDict d) {
        String message = null;
        Throwable exception = null;
        Handle handle = null;
        Map<String, Object> others = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Object key = d.keys().get(i);
            Object value = d.values().get(i);
            if ("message".equals(key) && value instanceof String text) {
                message = text;
            } else if ("exception".equals(key) && value instanceof Throwable error) {
                exception = error;
            } else if ("handle".equals(key) && value instanceof Handle h) {
                handle = h;
            } else if (key instanceof String name && !NAMED_KEYS.contains(name)) {
                others.put(name, value);
            } else {
                throw new InvalidProgramException("call_exception_handler(): the context's keys are strings; 'message' "
                        + "is a string, 'exception' an exception, 'handle' a Handle, got " + PyOps.repr(key) + ": "
                        + PyOps.repr(value));
            }
        }
        return new ExceptionContext(message, exception, handle, others);
    }

    /** The API's context as the dict the program's handler gets: the named keys that are set, then the others. */
    private static PyDict dict(ExceptionContext context) {
        PyDict d = new PyDict();
        if (context.message() != null) {
            d.put("message", context.message());
        }
        if (context.exception() != null) {
            d.put("exception", context.exception());
        }
        if (context.handle() != null) {
            d.put("handle", context.handle());
        }
        context.others().forEach(d::put);
        return d;
    }
}
