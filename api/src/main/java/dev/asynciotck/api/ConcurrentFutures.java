package dev.asynciotck.api;

import java.util.concurrent.CompletableFuture;

/**
 * {@code asyncio.run_coroutine_threadsafe(coro, loop)}: the bridge from other threads to a loop,
 * as asyncio's {@code tasks.py} and {@code futures._chain_future} build it over the loop's
 * {@link EventLoop#callSoonThreadsafe} and {@link EventLoop#createTask}. Its
 * {@code concurrent.futures.Future} is a {@link CompletableFuture}: it gets the task's result or
 * exception, and cancelling it cancels the task, on the loop's thread. A JVM loop gets it for
 * free.
 *
 * <p>Clauses: {@code THREADSAFE-CORO-1}, {@code THREADSAFE-CORO-2}.
 */
public final class ConcurrentFutures {

    private ConcurrentFutures() {
    }

    /**
     * Schedules {@code coro} on {@code loop} from any thread.
     *
     * @param coro a coroutine; anything else raises {@code TypeError('A coroutine object is required')}
     * @param loop the loop to run it on
     * @return the concurrent future of its outcome: {@code get()} waits for its value, and throws
     *         an {@link java.util.concurrent.ExecutionException} whose cause is the coroutine's
     *         {@link PythonException}
     */
    public static CompletableFuture<Object> runCoroutineThreadsafe(Object coro, EventLoop loop) {
        if (!(coro instanceof Coroutine coroutine)) {
            throw new TypeError("A coroutine object is required");
        }
        CompletableFuture<Object> concurrent = new CompletableFuture<>();
        loop.callSoonThreadsafe(() -> {
            Task task;
            try {
                task = loop.createTask(coroutine, null);
            } catch (PythonException error) {
                concurrent.completeExceptionally(error);
                throw error;
            }
            task.addDoneCallback(done -> {
                if (done.cancelled()) {
                    concurrent.cancel(false);
                } else if (done.exception() != null) {
                    concurrent.completeExceptionally(done.exception());
                } else {
                    concurrent.complete(done.result());
                }
            });
            concurrent.whenComplete((value, error) -> {
                if (concurrent.isCancelled() && !task.done()) {
                    loop.callSoonThreadsafe(() -> task.cancel(null));
                }
            });
        });
        return concurrent;
    }
}
