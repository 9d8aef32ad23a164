package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The asynchronous generators a loop keeps for {@link EventLoop#shutdownAsyncgens}, and that
 * shutdown, as asyncio's {@code BaseEventLoop} does it: a loop holds one of these, adds each
 * generator its {@link EventLoop#asyncgenFirstIter} hears of, and returns {@link #shutdown} from
 * {@code shutdownAsyncgens()}.
 *
 * <p>Clauses: {@code RUN-ASYNCGEN-1}.
 */
public final class AsyncGenerators {

    private final EventLoop loop;
    private final Set<AsyncGenerator> generators = new LinkedHashSet<>();

    /** @param loop the loop that keeps them */
    public AsyncGenerators(EventLoop loop) {
        this.loop = loop;
    }

    /** @param generator a generator first iterated while the loop ran */
    public void add(AsyncGenerator generator) {
        generators.add(generator);
    }

    /**
     * @return a coroutine that closes every generator kept so far (and forgets them), all at
     *         once, and reports to the loop's exception handler each that raised an
     *         {@code Exception} while closing
     */
    public Coroutine shutdown() {
        return Steps.coroutine("shutdown_asyncgens", (v, e) -> {
            if (generators.isEmpty()) {
                return Steps.done(null);
            }
            List<AsyncGenerator> closing = new ArrayList<>(generators);
            generators.clear();
            List<Awaitable> closes = new ArrayList<>(closing.size());
            for (AsyncGenerator g : closing) {
                closes.add(g.aclose());
            }
            return Steps.await(loop.gather(closes, true), (results, error) -> {
                Steps.raiseIf(error);
                List<?> outcomes = (List<?>) results;
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i) instanceof PythonException failure && failure.isInstanceOf(PyType.EXCEPTION)) {
                        loop.callExceptionHandler(new ExceptionContext(
                                "an error occurred during closing of asynchronous generator " + closing.get(i), failure, null));
                    }
                }
                return Steps.done(null);
            });
        });
    }
}
