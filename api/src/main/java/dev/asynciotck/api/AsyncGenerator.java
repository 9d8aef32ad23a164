package dev.asynciotck.api;

/**
 * An asynchronous generator ({@code async def} with {@code yield}), as a loop sees it: the runtime
 * that runs generators (Python's; the kit's interpreter on the JVM) tells the running loop when one
 * is first iterated ({@link EventLoop#asyncgenFirstIter}), and the loop closes those left
 * unfinished in {@link EventLoop#shutdownAsyncgens}.
 *
 * <p>Clauses: {@code RUN-ASYNCGEN-1}.
 */
public interface AsyncGenerator extends AsyncIterator {

    /**
     * {@code aclose()}.
     *
     * @return what closes the generator when awaited: raises {@code GeneratorExit} at its
     *         {@code yield}; does nothing for one not started or finished
     */
    Awaitable aclose();
}
