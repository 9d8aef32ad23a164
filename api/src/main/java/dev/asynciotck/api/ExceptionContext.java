package dev.asynciotck.api;

import java.util.Map;

/**
 * The context asyncio passes to an exception handler: its {@code message}, {@code exception} and
 * {@code handle} keys, and any other keys a caller of {@link EventLoop#callExceptionHandler} gave.
 *
 * <p>Clauses: {@code ERROR-HANDLER-1}, {@code ERROR-CALL-1}.
 *
 * @param message   a human-readable message; its text is the implementation's
 * @param exception the exception raised, or {@code null}
 * @param handle    the handle of the callback that raised, or {@code null}
 * @param others    the other keys and their values, in the order given (empty for the loop's own
 *                  reports)
 */
public record ExceptionContext(String message, Throwable exception, Handle handle, Map<String, Object> others) {

    /** Copies {@code others}, which may not hold the three named keys. */
    public ExceptionContext {
        others = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(others));
    }

    /**
     * A context with no other keys: what the loop itself reports.
     *
     * @param message   the message
     * @param exception the exception, or {@code null}
     * @param handle    the handle, or {@code null}
     */
    public ExceptionContext(String message, Throwable exception, Handle handle) {
        this(message, exception, handle, Map.of());
    }
}
