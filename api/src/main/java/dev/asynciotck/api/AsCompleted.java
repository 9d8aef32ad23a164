package dev.asynciotck.api;

/**
 * What {@code asyncio.as_completed(aws, timeout=None)} returns: an iterator of awaitables, one per
 * distinct input, whose awaits give the inputs' outcomes in the order they finish; from 3.13 also an
 * asynchronous iterator of the inputs themselves ({@link AsyncIterator}), in that order.
 *
 * <p>Clauses: {@code ASCOMPLETED-ORDER-1}, {@code ASCOMPLETED-ORDER-2}, {@code ASCOMPLETED-ORDER-3},
 * {@code ASCOMPLETED-TIMEOUT-1}, {@code ASCOMPLETED-ASYNC-1}, {@code ASCOMPLETED-ASYNC-2},
 * {@code ASCOMPLETED-CANCEL-1}.
 */
public interface AsCompleted extends AsyncIterator {

    /**
     * {@code __next__()}: a coroutine that waits for the next input to finish and returns its
     * result or raises its exception, or raises {@code TimeoutError} once the timeout passed.
     *
     * @return the coroutine, or {@code null} when as many were given as there are distinct inputs
     *         (Python's {@code StopIteration})
     */
    Coroutine next();

    /**
     * {@code __anext__()} (3.13+): a coroutine that waits for the next input to finish and returns
     * that future itself (a failed one is returned, not raised), raises {@code TimeoutError} once
     * the timeout passed, or raises {@code StopAsyncIteration} when every input was given.
     *
     * @return the coroutine
     */
    @Override
    Awaitable anext();
}
