package dev.asynciotck.api;

/**
 * {@code asyncio.Runner} (3.11+), which {@code asyncio.run()} uses: runs coroutines in a loop of
 * its own, made on first use; closing it cancels the tasks left, closes the asynchronous
 * generators left and closes the loop. The default is {@link LoopRunner}, CPython's, built on the
 * loop's public methods.
 *
 * <p>Clauses: {@code RUN-RESULT-1}, {@code RUN-LOOP-1}, {@code RUN-CANCEL-1}, {@code RUN-CANCEL-2},
 * {@code RUN-ASYNCGEN-1}, {@code RUN-NEST-1}, {@code RUNNER-LOOP-1}, {@code RUNNER-CLOSE-1},
 * {@code RUNNER-NEST-1}; the interpreter refuses what is not a coroutine ({@code RUN-ARG-1}).
 */
public interface Runner extends AutoCloseable {

    /**
     * {@code Runner.run(coro)}: runs {@code coroutine} as a task of the runner's loop until it is
     * done.
     *
     * @param coroutine the coroutine
     * @return its result
     * @throws RuntimeError {@code Runner.run() cannot be called from a running event loop}, or
     *                      {@code Runner is closed}
     * @throws PythonException what the coroutine raised
     */
    Object run(Coroutine coroutine);

    /**
     * {@code Runner.get_loop()}.
     *
     * @return the runner's loop, made now if it was not yet
     * @throws RuntimeError {@code Runner is closed}
     */
    EventLoop getLoop();

    /**
     * {@code Runner.close()}: cancels the tasks left on the loop and waits for them, closes the
     * asynchronous generators left, then closes the loop. Nothing on a runner never used or closed.
     */
    @Override
    void close();
}
