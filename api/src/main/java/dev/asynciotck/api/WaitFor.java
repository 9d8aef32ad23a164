package dev.asynciotck.api;

import java.util.function.Consumer;

/**
 * The default {@link EventLoop#waitFor}: {@code asyncio.wait_for} of CPython 3.12 and later, built on
 * {@link Timeout}: the awaitable is awaited inside {@code async with timeout(delay)}, so a coroutine
 * runs in the caller's task, and a deadline that passes cancels it there and raises
 * {@code TimeoutError}. A delay of 0 or less runs nothing: the awaitable becomes a future
 * ({@code ensure_future}), whose result is returned if it is done, else it is cancelled and waited
 * for, and {@code TimeoutError} raised unless it finished anyway.
 */
final class WaitFor {

    private WaitFor() {
    }

    static Coroutine coroutine(EventLoop loop, Awaitable awaitable, Double delay) {
        if (delay != null && delay <= 0) {
            return Steps.coroutine("wait_for", (v, e) -> {
                Future future = loop.ensureFuture(awaitable);
                if (future.done()) {
                    return Steps.done(future.result());
                }
                return cancelAndWait(loop, future, () -> {
                    try {
                        return Steps.done(future.result());
                    } catch (PythonException error) {
                        if (error.isInstanceOf(PyType.CANCELLED_ERROR)) {
                            throw new TimeoutError(null);
                        }
                        throw error;
                    }
                });
            });
        }
        return Steps.coroutine("wait_for", (v, e) -> {
            Timeout timeout = loop.newTimeout(delay == null ? null : loop.time() + delay);
            return Steps.await(timeout.enter(), (entered, enterError) -> {
                Steps.raiseIf(enterError);
                return Steps.await(awaitable, (result, error) ->
                        Steps.await(timeout.exit(error), (suppress, exitError) -> {
                            Steps.raiseIf(exitError);
                            Steps.raiseIf(error);
                            return Steps.done(result);
                        }));
            });
        });
    }

    /** {@code _cancel_and_wait}: cancels {@code future} and waits until it is done, then runs {@code then}. */
    private static Steps.Next cancelAndWait(EventLoop loop, Future future, java.util.function.Supplier<Steps.Next> then) {
        Future waiter = loop.createFuture();
        Consumer<Future> release = f -> {
            if (!waiter.done()) {
                waiter.setResult(null);
            }
        };
        future.addDoneCallback(release);
        future.cancel(null);
        return Steps.await(waiter, (v, error) -> {
            future.removeDoneCallback(release);
            Steps.raiseIf(error);
            return then.get();
        });
    }
}
