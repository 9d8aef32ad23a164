package dev.asynciotck.api;

/**
 * The context asyncio passes to an exception handler: its {@code message}, {@code exception} and
 * {@code handle} keys.
 *
 * @param message   a human-readable message; its text is the implementation's
 * @param exception the exception raised, or {@code null}
 * @param handle    the handle of the callback that raised, or {@code null}
 */
public record ExceptionContext(String message, Throwable exception, Handle handle) {
}
