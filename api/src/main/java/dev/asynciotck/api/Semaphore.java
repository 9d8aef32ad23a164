package dev.asynciotck.api;

/**
 * An asyncio {@code Semaphore} or {@code BoundedSemaphore}: a counter that {@code acquire} takes
 * from, waiting at zero, and {@code release} gives back to; waiters are served first come, first
 * served.
 *
 * <p>A JVM loop gets a correct semaphore for free: {@link EventLoop#newSemaphore} returns a
 * {@link FutureSemaphore}, built only on the loop's futures the way asyncio's {@code locks.py} is.
 *
 * <p>Clauses: {@code SEM-VALUE-1}, {@code SEM-VALUE-2}, {@code SEM-FAIR-1}, {@code SEM-FAIR-2}, {@code SEM-BOUND-1},
 * {@code LOCK-WITH-1}.
 */
public interface Semaphore extends Acquirable {

    /**
     * {@code acquire()}: takes one from the counter, first waiting while it is zero or others wait.
     *
     * <p>Clauses: {@code SEM-VALUE-1}, {@code SEM-FAIR-1}, {@code SEM-FAIR-2}.
     *
     * @return the coroutine that takes it and returns {@code True}
     */
    @Override
    Coroutine acquire();

    /**
     * {@code release()}: gives one back to the counter and wakes the first waiter.
     *
     * <p>Clauses: {@code SEM-VALUE-2}, {@code SEM-BOUND-1}.
     *
     * @throws PythonException {@code ValueError: BoundedSemaphore released too many times} for a
     *                         bounded semaphore released above its initial value
     */
    @Override
    void release();

    /**
     * Clauses: {@code SEM-VALUE-1}.
     *
     * @return {@code locked()}: whether an {@code acquire} now would wait
     */
    @Override
    boolean locked();
}
