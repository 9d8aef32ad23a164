package dev.asynciotck.api;

/**
 * What {@code async for} works with: Python's asynchronous iterator ({@code __aiter__} returning
 * itself, and {@code __anext__}). {@code asyncio.as_completed} returns one from 3.13
 * ({@link AsCompleted}).
 *
 * <p>Clauses: {@code ASCOMPLETED-ASYNC-1}.
 */
public interface AsyncIterator {

    /**
     * {@code __anext__()}.
     *
     * @return what {@code async for} awaits before each iteration: it gives the next item, or
     *         raises {@code StopAsyncIteration} ({@link PyType#STOP_ASYNC_ITERATION}) when there
     *         is none
     */
    Awaitable anext();
}
