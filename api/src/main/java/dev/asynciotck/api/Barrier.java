package dev.asynciotck.api;

/**
 * An asyncio {@code Barrier} (3.11+): tasks wait until {@code parties} of them wait, then all go on.
 *
 * <p>A JVM loop gets a correct barrier for free: {@link EventLoop#newBarrier} returns a
 * {@link FutureBarrier}, built only on a {@link Condition} of the loop the way asyncio's
 * {@code locks.py} is.
 *
 * <p>Clauses: {@code BARRIER-WAIT-1}, {@code BARRIER-STATE-1}, {@code BARRIER-RESET-1},
 * {@code BARRIER-ABORT-1}.
 */
public interface Barrier extends AsyncContextManager {

    /**
     * {@code wait()}: waits until {@code parties} tasks wait, then returns this task's index, from 0
     * for the first to arrive to {@code parties - 1} for the last.
     *
     * <p>Clauses: {@code BARRIER-WAIT-1}, {@code BARRIER-RESET-1}, {@code BARRIER-ABORT-1}.
     *
     * @return the coroutine that waits
     * @throws PythonException (from the coroutine) {@code BrokenBarrierError} when the barrier is
     *                         reset or aborted while it waits, or is broken when it starts
     */
    Coroutine waitParties();

    /**
     * {@code reset()}: the waiting tasks get {@code BrokenBarrierError}, and the barrier fills again.
     *
     * <p>Clauses: {@code BARRIER-RESET-1}.
     *
     * @return the coroutine that resets it
     */
    Coroutine reset();

    /**
     * {@code abort()}: the barrier breaks; waiting and later waits get {@code BrokenBarrierError}.
     *
     * <p>Clauses: {@code BARRIER-ABORT-1}.
     *
     * @return the coroutine that aborts it
     */
    Coroutine abort();

    /**
     * Clauses: {@code BARRIER-STATE-1}.
     *
     * @return {@code parties}
     */
    long parties();

    /**
     * Clauses: {@code BARRIER-STATE-1}.
     *
     * @return {@code n_waiting}: how many tasks wait while it fills
     */
    long nWaiting();

    /**
     * Clauses: {@code BARRIER-STATE-1}, {@code BARRIER-ABORT-1}.
     *
     * @return {@code broken}
     */
    boolean broken();

    /**
     * {@code async with barrier as index}: waits, binds the index.
     *
     * <p>Clauses: {@code BARRIER-WAIT-1}.
     */
    @Override
    default Awaitable enter() {
        return waitParties();
    }

    /** Does nothing; suppresses nothing. */
    @Override
    default Awaitable exit(PythonException error) {
        return Steps.coroutine("Barrier.__aexit__", (v, e) -> Steps.done(Boolean.FALSE));
    }
}
