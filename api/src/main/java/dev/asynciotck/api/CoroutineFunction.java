package dev.asynciotck.api;

/**
 * A function whose call makes a coroutine (Python's {@code async def} function), as a program
 * passes it where a plain callable is expected. A loop in debug mode refuses it in
 * {@code call_soon}, {@code call_later}, {@code call_at}, {@code call_soon_threadsafe} and
 * {@code run_in_executor}, with {@code TypeError("coroutines cannot be used with call_soon()")}.
 *
 * <p>Clauses: {@code DEBUG-CHECK-1}.
 */
public interface CoroutineFunction {
}
